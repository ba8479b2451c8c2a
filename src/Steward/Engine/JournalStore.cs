using System.Text.Json;
using Steward.Core.Errors;
using Steward.Git;

namespace Steward.Engine;

/// <summary>
/// Where the one journal lives (<c>.git/steward/journal.json</c>), and the journal an earlier version of Steward left
/// (<c>release.json</c>), which is read the same way so that its release can still be aborted.
/// </summary>
internal sealed class JournalStore(WorkTreeReader reader)
{
    public string Path { get; } = reader.GitPath("steward/journal.json");

    public string LegacyPath { get; } = reader.GitPath("steward/release.json");

    public bool Exists => File.Exists(Path) || File.Exists(LegacyPath);

    public EngineJournal? Load()
    {
        var path = File.Exists(Path) ? Path : File.Exists(LegacyPath) ? LegacyPath : null;
        if (path is null)
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize(File.ReadAllText(path), EngineJournalJson.Default.EngineJournal);
        }
        catch (JsonException e)
        {
            throw Messages.JournalUnreadable(path, e.Message, e);
        }
    }

    public void Save(EngineJournal journal)
    {
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(Path)!);
        var temp = Path + ".tmp";
        File.WriteAllText(temp, JsonSerializer.Serialize(journal, EngineJournalJson.Default.EngineJournal));
        File.Move(temp, Path, overwrite: true);
    }

    public void Delete()
    {
        File.Delete(Path);
        File.Delete(Path + ".tmp");
        File.Delete(LegacyPath);
    }

    /// <summary>
    /// Refuses to plan while an earlier run is unfinished: one line that names it and the two ways out. Every verb on
    /// the engine calls this before planning, so a second run never stacks on a half-applied first.
    /// </summary>
    public void RefuseIfInterrupted()
    {
        if (!Exists)
        {
            return;
        }

        var journal = Load();
        var verb = journal?.Verb ?? "release";
        var what = journal?.Subject ?? journal?.Tag ?? (journal?.Version is { Length: > 0 } v ? v : "an earlier version");
        var file = System.IO.Path.GetFileName(File.Exists(Path) ? Path : LegacyPath);
        throw Messages.RunInterrupted(verb, what, file, canContinue: journal is { Steps.Count: > 0 });
    }
}
