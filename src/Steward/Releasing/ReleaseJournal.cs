using System.Text.Json;

namespace Steward.Releasing;

/// <summary>
/// What a release in progress has done, kept in the git directory from before the first change until the end. When a
/// release is killed between steps, the journal is how the next run knows, and how --abort puts everything back.
/// </summary>
internal sealed class ReleaseJournal
{
    public string Version { get; set; } = string.Empty;

    public string Tag { get; set; } = string.Empty;

    public string Branch { get; set; } = string.Empty;

    public string OriginalHead { get; set; } = string.Empty;

    public string OriginalIndexTree { get; set; } = string.Empty;

    public string CommitMessage { get; set; } = string.Empty;

    /// <summary>Files Steward rewrites, with their bytes before as base64 (null when the file did not exist).</summary>
    public Dictionary<string, string?> OriginalFiles { get; set; } = new(StringComparer.Ordinal);

    /// <summary>Tracked files already changed when the before-commit hooks started (null until they start).</summary>
    public List<string>? TrackedChangesBeforeHooks { get; set; }

    /// <summary>
    /// Untracked, not ignored files present when the before-commit hooks started (null until they start). Any other
    /// untracked file at undo time was made by the run, so undo removes it; these, and ignored files, it never touches.
    /// </summary>
    public List<string>? UntrackedBeforeHooks { get; set; }

    /// <summary>Tracked files a before-commit hook changed; they are restored from the original HEAD.</summary>
    public List<string> HookChangedFiles { get; set; } = [];

    public string? ReleaseCommit { get; set; }

    public bool Tagged { get; set; }

    public bool Pushed { get; set; }

    public void Save(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var temp = path + ".tmp";
        File.WriteAllText(temp, JsonSerializer.Serialize(this, ReleaseJournalJson.Default.ReleaseJournal));
        File.Move(temp, path, overwrite: true);
    }

    public static ReleaseJournal? Load(string path) =>
        File.Exists(path) ? JsonSerializer.Deserialize(File.ReadAllText(path), ReleaseJournalJson.Default.ReleaseJournal) : null;
}
