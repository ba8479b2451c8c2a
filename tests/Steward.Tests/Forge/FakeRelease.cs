using System.Text.Json.Nodes;

namespace Steward.Tests.Forge;

/// <summary>A release a fake forge holds (GitHub and Gitea describe one with the same fields).</summary>
internal sealed class FakeRelease
{
    public long Id { get; init; }

    public string Tag { get; set; } = string.Empty;

    public string Name { get; set; } = string.Empty;

    public string Body { get; set; } = string.Empty;

    public bool Draft { get; set; }

    public bool Prerelease { get; set; }

    /// <summary>The make_latest of the call that published it (null: never published through the API).</summary>
    public string? MakeLatest { get; set; }

    public List<FakeAsset> Assets { get; } = [];

    /// <summary>The release a create request asks for: name (default: the tag), body, draft and prerelease.</summary>
    public static FakeRelease Created(long id, string tag, JsonObject input) => new()
    {
        Id = id,
        Tag = tag,
        Name = (string?)input["name"] ?? tag,
        Body = (string?)input["body"] ?? string.Empty,
        Draft = (bool?)input["draft"] ?? false,
        Prerelease = (bool?)input["prerelease"] ?? false,
    };

    /// <summary>An update request: each of name, body, prerelease and draft that it carries replaces the release's.</summary>
    public void Update(JsonObject input)
    {
        if (input["name"] is { } name)
        {
            Name = (string)name!;
        }

        if (input["body"] is { } text)
        {
            Body = (string)text!;
        }

        if (input["prerelease"] is { } prerelease)
        {
            Prerelease = (bool)prerelease!;
        }

        if (input["draft"] is { } draft)
        {
            Draft = (bool)draft!;
        }
    }
}
