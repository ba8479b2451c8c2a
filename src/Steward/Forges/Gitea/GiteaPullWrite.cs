namespace Steward.Forges.Gitea;

/// <summary>The body of create-a-pull-request and edit-a-pull-request; fields left null are not sent.</summary>
internal sealed record GiteaPullWrite
{
    public string? Head { get; init; }

    public string? Base { get; init; }

    public string? Title { get; init; }

    public string? Body { get; init; }
}
