using Steward.Cli;
using Steward.Core.Components;
using Steward.Core.Errors;
using Steward.Core.Versioning;
using Steward.Git;

namespace Steward.Workspace;

/// <summary>The project a command works on: the repository root (or the start directory outside git) and its components' VERSION files.</summary>
internal sealed class ProjectDirectory
{
    private ProjectDirectory(string root, Repository? repository)
    {
        Root = root;
        Repository = repository;
    }

    public string Root { get; }

    public Repository? Repository { get; }

    /// <summary>
    /// The component's VERSION full path, checked before anything reads it: a committed VERSION that is a link to a file
    /// elsewhere is refused by its name only, so nothing of what it points to is ever read, let alone printed.
    /// </summary>
    private string VersionPath(Component component) => SafePath.Resolve(Root, component.VersionFile, component.VersionFile, PathUse.Read);

    /// <summary>The directory a command line starts from: <c>-C</c>'s, else the working directory.</summary>
    public static string StartOf(CommandContext context, string? directoryOption) =>
        directoryOption is null ? context.WorkingDirectory : context.ResolvePath(directoryOption);

    /// <param name="readRangeAhead">For a verb that reads the release range next: see <see cref="Repository.Find"/>.</param>
    public static ProjectDirectory Open(CommandContext context, string? directoryOption, bool readRangeAhead = false)
    {
        var start = StartOf(context, directoryOption);
        if (!Directory.Exists(start))
        {
            throw Messages.NoSuchDirectory(start);
        }

        var repository = Repository.Find(start, context.Environment, readRangeAhead);
        return new ProjectDirectory(repository is { IsBare: false } ? repository.Root : start, repository);
    }

    /// <summary>Reads and validates the component's VERSION; a missing or malformed file is an error naming it.</summary>
    public VersionFile ReadVersionFile(Component component)
    {
        var path = VersionPath(component);
        if (!File.Exists(path))
        {
            var last = LastReleaseTag(component.TagPrefix);
            throw Messages.VersionFileMissing(component.VersionFile, Root, last?.Name, last?.Version.ToString());
        }

        return VersionFile.Parse(component.VersionFile, ReadText(path));
    }

    /// <summary>
    /// The highest release tag reachable from HEAD (a stable one first), for advice when VERSION is missing: a
    /// repository adopting Steward continues from its last release, not from 0.1.0. Null outside git or without tags.
    /// </summary>
    private Core.Commits.VersionTag? LastReleaseTag(string prefix)
    {
        if (Repository is null)
        {
            return null;
        }

        try
        {
            var tags = new TagReader(Repository.Git).ReadVersionTags(prefix, "HEAD");
            return tags.LastOrDefault(t => !t.IsPrerelease) ?? (tags.Count > 0 ? tags[^1] : null);
        }
        catch (StewardException)
        {
            // No commit yet: no HEAD to list tags from, and no release either.
            return null;
        }
    }

    public VersionFile? TryReadVersionFile(Component component) => File.Exists(VersionPath(component)) ? ReadVersionFile(component) : null;

    /// <summary>
    /// How the current VERSION is written (a leading 'v', its line ending), read without judging its content, so that
    /// 'version set' can repair a malformed file while keeping its style. Null when there is no file.
    /// </summary>
    public VersionFileStyle? TryReadVersionFileLeniently(Component component)
    {
        var path = VersionPath(component);
        if (!File.Exists(path))
        {
            return null;
        }

        var text = File.ReadAllText(path).TrimStart('\uFEFF');
        var trimmed = text.TrimStart();
        return new VersionFileStyle(
            trimmed.StartsWith('v') || trimmed.StartsWith('V'),
            text.Contains("\r\n", StringComparison.Ordinal) ? "\r\n" : "\n");
    }

    /// <summary>Writes the component's VERSION atomically with the given version.</summary>
    public void WriteVersionFile(Component component, ParsedVersion version, string newline = "\n") =>
        AtomicFileWriter.WriteAll(Root, [new FileEdit(component.VersionFile, System.Text.Encoding.UTF8.GetBytes(VersionFile.Render(version, newline)))]);

    private static string ReadText(string path)
    {
        var bytes = File.ReadAllBytes(path);
        if (Array.IndexOf(bytes, (byte)0) >= 0)
        {
            throw Messages.NotATextFile(Path.GetFileName(path));
        }

        try
        {
            return new System.Text.UTF8Encoding(false, true).GetString(bytes);
        }
        catch (System.Text.DecoderFallbackException e)
        {
            throw Messages.NotUtf8(Path.GetFileName(path), e);
        }
    }
}
