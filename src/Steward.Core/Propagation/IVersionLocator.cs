namespace Steward.Core.Propagation;

/// <summary>
/// Finds where one kind of file holds the version. Text in, slots out: no file access. A file that does not parse is an
/// error naming the file and line (<see cref="Errors.StewardException"/> with InvalidInput); a file that parses but
/// holds no version gives no slots.
/// </summary>
public interface IVersionLocator
{
    /// <summary>What this locator looks for, for listings (e.g. <c>Helm chart version and appVersion</c>).</summary>
    string Description { get; }

    IReadOnlyList<VersionSlot> Locate(string path, string text);
}
