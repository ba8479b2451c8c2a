using Steward.Core.Changelog;
using Steward.Core.Changelog.Rendering;
using Steward.Core.Changelog.Splicing;
using Steward.Workspace;

namespace Steward.Changelog;

/// <summary>
/// Plans the changelog edit for one release: renders the release with the template and splices it into the file as
/// read (if any). This is what <c>steward changelog</c> applies, and what a release plan includes.
/// </summary>
internal static class ChangelogPlanner
{
    /// <summary>The setting a refused changelog path is reported under (CHANGELOG.md is its default).</summary>
    public const string ChangelogKey = "changelog.file";

    /// <param name="existing">The file as <see cref="ReadExisting"/> read it; null when there is none yet.</param>
    public static ChangelogPlan Plan(string relativePath, ChangelogText? existing, Release release, CompiledTemplate template, bool force)
    {
        var block = template.Render(release);
        var spliced = ChangelogSplicer.Splice(relativePath, existing, release.Info.Version, block, force);
        if (existing is not null && string.Equals(spliced.Text, existing.Text, StringComparison.Ordinal))
        {
            return new ChangelogPlan(relativePath, null, existing.Text, existing.Text);
        }

        var bytes = spliced.Encode();
        return new ChangelogPlan(relativePath, new FileEdit(relativePath, bytes), existing?.Text, spliced.Text);
    }

    /// <summary>The changelog's text, or null when there is no file yet; a file that is not UTF-8 text is an error.</summary>
    public static ChangelogText? ReadExisting(string root, string relativePath)
    {
        var full = SafePath.Resolve(root, relativePath, ChangelogKey, PathUse.Write);
        return File.Exists(full) ? ChangelogText.Decode(relativePath, File.ReadAllBytes(full)) : null;
    }
}
