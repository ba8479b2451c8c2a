namespace Steward.Git;

/// <summary>
/// Runs git write commands for the engine and the preflight's fetch; the command lines themselves come from
/// <see cref="GitWrites"/>.
/// </summary>
internal sealed class WorkTreeWriter(GitRunner git)
{
    public void Fetch(string remote) => Check(GitWrites.Fetch(remote));

    public void DeleteTag(string tag) => Check(GitWrites.DeleteTag(tag));

    public void ResetSoft(string sha) => Check(GitWrites.ResetSoft(sha));

    public void DeleteHead() => Check(GitWrites.DeleteHead());

    public void ReadTree(string tree) => Check(GitWrites.ReadTree(tree));

    public void RestoreFile(string source, string path) => Check(GitWrites.RestoreFile(source, path));

    /// <summary>Runs one argv built by <see cref="GitWrites"/> (it starts with "git"), with its standard input.</summary>
    public GitResult Run(IReadOnlyList<string> argv, string? input = null) => git.Run(argv.Skip(1).ToList(), input);

    private void Check(IReadOnlyList<string> argv)
    {
        var result = Run(argv);
        if (!result.Succeeded)
        {
            throw GitRunner.Failure(argv.Skip(1).ToList(), result);
        }
    }
}
