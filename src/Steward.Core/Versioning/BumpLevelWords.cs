namespace Steward.Core.Versioning;

/// <summary>A bump level as output writes it: <c>none</c>, <c>patch</c>, <c>minor</c>, <c>major</c>.</summary>
public static class BumpLevelWords
{
    // A switch, not Enum.ToString().ToLowerInvariant(): under Native AOT that reads the enum's metadata and makes two
    // strings, and log --json asks once for every commit.
    public static string Of(BumpLevel level) => level switch
    {
        BumpLevel.None => "none",
        BumpLevel.Patch => "patch",
        BumpLevel.Minor => "minor",
        BumpLevel.Major => "major",
        _ => level.ToString().ToLowerInvariant(),
    };
}
