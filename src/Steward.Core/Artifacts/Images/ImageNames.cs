using System.Text.RegularExpressions;

namespace Steward.Core.Artifacts.Images;

/// <summary>Docker's rules for what an image name, a tag and a platform may look like (distribution reference grammar).</summary>
public static partial class ImageNames
{
    public static bool IsValidName(string name) => name.Length <= 255 && Name().IsMatch(name);

    public static bool IsValidTag(string tag) => Tag().IsMatch(tag);

    public static bool IsValidPlatform(string platform) => Platform().IsMatch(platform);

    // [registry[:port]/]path-component(/path-component)*, each component lower-case alphanumerics joined by . _ __ or -.
    [GeneratedRegex(@"^(?:(?:[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?)*(?::[0-9]+)?)/)?[a-z0-9]+(?:(?:\.|_|__|-+)[a-z0-9]+)*(?:/[a-z0-9]+(?:(?:\.|_|__|-+)[a-z0-9]+)*)*$")]
    private static partial Regex Name();

    [GeneratedRegex(@"^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$")]
    private static partial Regex Tag();

    [GeneratedRegex(@"^[a-z0-9]+/[a-z0-9_]+(?:/[a-z0-9]+)?$")]
    private static partial Regex Platform();
}
