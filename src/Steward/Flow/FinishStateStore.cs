using System.Text.Json;
using Steward.Cli;
using Steward.Core.Errors;
using Steward.Git;
using Steward.Workspace;

namespace Steward.Flow;

/// <summary>Keeps the state of a stopped finish in the repository's git directory, where no commit can pick it up.</summary>
internal sealed class FinishStateStore
{
    public const string FileName = "steward-flow.json";

    private readonly string path;

    public FinishStateStore(BranchOperations branches) => path = Path.Combine(branches.GitDirectory(), FileName);

    public bool Exists => File.Exists(path);

    public FinishState? Load()
    {
        if (!File.Exists(path))
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize(File.ReadAllText(path), StewardJsonContext.Default.FinishState);
        }
        catch (JsonException e)
        {
            throw new StewardException(FailureKind.InvalidInput, $"{path}: unreadable finish state ({e.Message}); delete it if no finish is in progress", e);
        }
    }

    public void Save(FinishState state)
    {
        var directory = Path.GetDirectoryName(path)!;
        AtomicFileWriter.WriteAll(directory, [new FileEdit(FileName, JsonSerializer.SerializeToUtf8Bytes(state, StewardJsonContext.Default.FinishState))]);
    }

    public void Delete() => File.Delete(path);
}
