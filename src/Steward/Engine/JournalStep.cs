using Steward.Core.Configuration;
using Steward.Core.Forge;
using Steward.Core.Planning;
using Steward.Core.PullRequests;

namespace Steward.Engine;

/// <summary>
/// One plan step as the journal keeps it, so that <c>--continue</c> runs exactly the steps the interrupted run
/// planned, without planning again from a repository the run has already changed.
/// </summary>
internal sealed class JournalStep
{
    public string Kind { get; set; } = string.Empty;

    public string? Path { get; set; }

    /// <summary>A file step's new bytes, base64.</summary>
    public string? Content { get; set; }

    public GitStepRole? Role { get; set; }

    /// <summary>A git hook or artifact step's name as shown.</summary>
    public string? ShownPath { get; set; }

    public List<string>? Argv { get; set; }

    public string? Input { get; set; }

    /// <summary>A git step's branch (see <see cref="GitStep.Branch"/>).</summary>
    public string? Branch { get; set; }

    /// <summary>A git step's source (see <see cref="GitStep.From"/>).</summary>
    public string? Source { get; set; }

    public string? Announce { get; set; }

    public CommandStepPhase? Phase { get; set; }

    public string? Name { get; set; }

    public List<string>? Command { get; set; }

    public string? WorkingDirectory { get; set; }

    public string? Timeout { get; set; }

    /// <summary>An artifact step's SHA-256 (lower-case hex); its bytes are not kept.</summary>
    public string? Sha256 { get; set; }

    /// <summary>An artifact step's size in bytes.</summary>
    public long? Size { get; set; }

    /// <summary>A forge or announce step's release tag.</summary>
    public string? Tag { get; set; }

    /// <summary>A forge step's forge, API and repository: --continue publishes where the run planned to.</summary>
    public ForgeKind? Forge { get; set; }

    public string? Api { get; set; }

    public string? Repository { get; set; }

    /// <summary>A forge step's release notes (the tag's notes, kept as a tag step keeps its message).</summary>
    public string? Notes { get; set; }

    public bool? Draft { get; set; }

    public bool? Prerelease { get; set; }

    public bool? Latest { get; set; }

    /// <summary>A forge step's assets: name, path, size and SHA-256, never their bytes.</summary>
    public List<WantedAsset>? Assets { get; set; }

    /// <summary>A pull request step's action (null for every other step, a forge release's too).</summary>
    public PullRequestStepAction? PullRequest { get; set; }

    /// <summary>A pull request step's head and base branch, title and body: the pull request as wanted.</summary>
    public string? Head { get; set; }

    public string? Base { get; set; }

    public string? Title { get; set; }

    public string? Body { get; set; }

    /// <summary>A pull request step's number when planned, and the write call the plan expected.</summary>
    public long? Number { get; set; }

    public string? Method { get; set; }

    public string? Url { get; set; }

    /// <summary>A forge doctor --fix step's action (null for every other step); its label is <see cref="Name"/>.</summary>
    public ForgeFixAction? Fix { get; set; }

    /// <summary>The description a forge doctor --fix step makes its label with.</summary>
    public string? Description { get; set; }

    /// <summary>An announce step's announcer kind (slack, webhook, ...); its name is <see cref="Name"/>.</summary>
    public string? AnnouncerKind { get; set; }

    public static JournalStep From(PlanStep step) => step switch
    {
        FileWriteStep f => new JournalStep { Kind = f.Kind, Path = f.RelativePath, Content = Convert.ToBase64String(f.Bytes) },
        GitStep g => new JournalStep { Kind = g.Kind, Role = g.Role, Argv = [.. g.Argv], Input = g.Input, Branch = g.Branch, Source = g.From, Announce = g.Announce },
        ArtifactStep a => new JournalStep { Kind = a.Kind, Path = a.FullPath, ShownPath = a.ShownPath, Sha256 = a.Sha256, Size = a.Size },
        GitHookStep h => new JournalStep { Kind = h.Kind, Path = h.FullPath, ShownPath = h.ShownPath, Content = Convert.ToBase64String(h.Bytes) },
        ForgeStep f => new JournalStep
        {
            Kind = f.Kind,
            Forge = f.Forge,
            Api = f.Api,
            Repository = f.Repository,
            Tag = f.Wanted.Tag,
            Name = f.Wanted.Name,
            Notes = f.Wanted.Notes,
            Draft = f.Wanted.Draft,
            Prerelease = f.Wanted.Prerelease,
            Latest = f.Wanted.MakeLatest,
            Assets = [.. f.Wanted.Assets],
        },
        PullRequestStep p => new JournalStep
        {
            Kind = p.Kind,
            Forge = p.Forge,
            Api = p.Api,
            Repository = p.Repository,
            PullRequest = p.Action,
            Head = p.Wanted.Head,
            Base = p.Wanted.Base,
            Title = p.Wanted.Title,
            Body = p.Wanted.Body,
            Name = p.Name,
            Number = p.Number,
            Method = p.Method,
            Url = p.Endpoint,
        },
        ForgeFixStep x => new JournalStep
        {
            Kind = x.Kind,
            Forge = x.Forge,
            Api = x.Api,
            Repository = x.Repository,
            Fix = x.Action,
            Name = x.Name,
            Description = x.Description,
            Method = x.Method,
            Url = x.Endpoint,
        },
        AnnounceStep a => new JournalStep { Kind = a.Kind, Name = a.Announcer, AnnouncerKind = a.AnnouncerKind, Tag = a.Tag },
        CommandStep c => new JournalStep
        {
            Kind = c.Kind,
            Phase = c.Phase,
            Name = c.Command.Name,
            Command = [.. c.Command.Command],
            WorkingDirectory = c.Command.WorkingDirectory,
            Timeout = c.Command.Timeout,
        },
        _ => throw new ArgumentException($"unknown plan step {step.GetType().Name}", nameof(step)),
    };

    /// <summary>The step again; a file step's texts are not kept (only its bytes are written), so its diff is empty.</summary>
    public PlanStep ToStep() => Kind switch
    {
        "file" => new FileWriteStep(Path!, null, string.Empty, Convert.FromBase64String(Content ?? string.Empty)),
        "git" => new GitStep(Role!.Value, Argv ?? [], Input) { Branch = Branch, From = Source, Announce = Announce },
        "artifact" => new ArtifactStep(Path!, ShownPath ?? Path!, Size ?? 0, Sha256 ?? string.Empty),
        "git-hook" => new GitHookStep(Path!, ShownPath ?? Path!, System.Text.Encoding.UTF8.GetString(Convert.FromBase64String(Content ?? string.Empty))),
        "forge" when PullRequest is { } action => new PullRequestStep(Forge ?? ForgeKind.GitHub, Api ?? string.Empty, Repository ?? string.Empty, action,
            new WantedPullRequest(Head ?? string.Empty, Base ?? string.Empty, Title ?? string.Empty, Body ?? string.Empty))
        {
            Name = Name ?? string.Empty,
            Number = Number,
            Method = Method ?? string.Empty,
            Endpoint = Url ?? string.Empty,
        },
        "forge" when Fix is { } fix => new ForgeFixStep(Forge ?? ForgeKind.GitHub, Api ?? string.Empty, Repository ?? string.Empty, fix)
        {
            Name = Name ?? string.Empty,
            Description = Description ?? string.Empty,
            Method = Method ?? string.Empty,
            Endpoint = Url ?? string.Empty,
        },
        "forge" => new ForgeStep(Forge ?? ForgeKind.GitHub, Api ?? string.Empty, Repository ?? string.Empty,
            new WantedRelease(Tag ?? string.Empty, Name ?? Tag ?? string.Empty, Notes ?? string.Empty, Draft ?? false, Prerelease ?? false, Latest ?? false, Assets ?? [])),
        "announce" => new AnnounceStep(Name ?? string.Empty, AnnouncerKind ?? string.Empty, Tag ?? string.Empty),
        _ => new CommandStep(Phase!.Value, new GateConfig { Name = Name ?? string.Empty, Command = Command ?? [], WorkingDirectory = WorkingDirectory ?? ".", Timeout = Timeout ?? "30m" }),
    };
}
