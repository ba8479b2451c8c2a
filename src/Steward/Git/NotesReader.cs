namespace Steward.Git;

/// <summary>Reads git notes (one ref of them): the note an object has, and whether a ref exists here or on a remote.</summary>
internal sealed class NotesReader(GitRunner git)
{
    /// <summary>The note of <paramref name="objectId"/> under <paramref name="notesRef"/>, or null when it has none.</summary>
    public string? Note(string notesRef, string objectId)
    {
        var result = git.Run(["notes", $"--ref={notesRef}", "show", "--", objectId]);
        return result.Succeeded ? result.Output : null;
    }

    /// <summary>Whether <paramref name="remote"/> has <paramref name="fullRef"/> (asked read-only with ls-remote).</summary>
    public bool RemoteHas(string remote, string fullRef)
    {
        var result = git.Run(["ls-remote", "--", remote, fullRef]);
        return result.Succeeded && result.Output.Trim().Length > 0;
    }

    /// <summary>The object a tag name points at (the tag object for an annotated tag), or null.</summary>
    public string? TagObject(string tag)
    {
        var result = git.Run(["rev-parse", "--verify", "--quiet", $"refs/tags/{tag}"]);
        return result.Succeeded ? result.Output.Trim() : null;
    }
}
