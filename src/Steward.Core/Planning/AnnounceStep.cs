namespace Steward.Core.Planning;

/// <summary>
/// A release announced to one announcer of steward.yml (<see cref="Announcer"/>, of <see cref="AnnouncerKind"/>):
/// delivered at most once, its delivery recorded in a git note on <see cref="Tag"/>, so running it again sends only
/// what is missing. No address, token or secret: those are read from the environment when the step runs.
/// </summary>
public sealed record AnnounceStep(string Announcer, string AnnouncerKind, string Tag) : PlanStep
{
    public override string Kind => "announce";

    public override bool TouchesWorkTree => false;
}
