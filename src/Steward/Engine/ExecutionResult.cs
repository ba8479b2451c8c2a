namespace Steward.Engine;

/// <summary>
/// What applying a plan did: the commit it made (or tagged), whether the remote has the release, and a warning when
/// something after the point of no return failed (the release stands all the same). <see cref="Journal"/> is the run's
/// record, which --continue reports from, having no plan of its own.
/// </summary>
internal sealed record ExecutionResult(EngineJournal Journal, bool Committed, string? Warning)
{
    public string? Commit => Journal.ReleaseCommit;

    public bool Tagged => Journal.Tagged;

    public bool Pushed => Journal.Pushed;

    /// <summary>The paths the commit took: those of its argv, then those the before-commit hooks changed.</summary>
    public IReadOnlyList<string> CommittedFiles => !Committed ? [] :
        [.. Journal.Steps.Where(s => s.Role == Core.Planning.GitStepRole.Commit).SelectMany(s => (s.Argv ?? []).SkipWhile(a => a != "--").Skip(1)),
         .. Journal.HookChangedFiles];

    /// <summary>The message of the tag step: the release notes.</summary>
    public string? TagMessage => Journal.Steps.FirstOrDefault(s => s.Role == Core.Planning.GitStepRole.Tag)?.Input;
}
