using Steward.Configuration;
using Steward.Core.Commits;
using Steward.Core.Errors;
using Steward.Core.Propagation;
using Steward.Core.Versioning;
using Steward.Git;
using Steward.Propagation;
using Steward.Workspace;

namespace Steward.Flow;

/// <summary>The version arithmetic of the flow verbs, on top of history's next-version computation.</summary>
internal static class FlowVersioning
{
    /// <summary>
    /// The release a hotfix leads to: the latest release on <paramref name="main"/> (or the release tag
    /// <paramref name="from"/>) plus a patch, skipping tagged versions and those retracted on main.
    /// </summary>
    public static (VersionTag Base, SemanticVersion Version) NextHotfix(FlowSession session, string main, string? from = null)
    {
        var prefix = session.Config.TagPrefix;
        var tags = new TagReader(session.Git).ReadVersionTags(prefix);
        VersionTag last;
        if (from is not null)
        {
            var name = from.StartsWith(prefix, StringComparison.Ordinal) ? from : prefix + from;
            last = tags.FirstOrDefault(t => t.Name == name)
                ?? throw Messages.HotfixFromNotATag(from, name, tags.LastOrDefault(t => !t.IsPrerelease)?.Name ?? prefix + "1.2.0", prefix);
            if (last.IsPrerelease)
            {
                throw Messages.HotfixFromPrerelease(from, name);
            }
        }
        else
        {
            var onMain = new TagReader(session.Git).ReadVersionTags(prefix, "refs/heads/" + main);
            last = onMain.LastOrDefault(t => !t.IsPrerelease)
                ?? throw Messages.NoReleaseToHotfix(prefix, main);
        }

        // A retracted version lost its tag but is never released again: main's changelog records it (steward rollback).
        var retracted = RetractedVersions.At(new ReleaseRangeReader(session.Git), session.Branches.BranchSha(main) ?? string.Empty, session.Config.Changelog.File);
        var version = VersionIncrement.Bump(last.Version.Core, BumpLevel.Patch);
        while (tags.Any(t => SemanticVersion.ComparePrecedence(t.Version.Core, version) == 0)
            || retracted.Any(r => !r.IsPrerelease && SemanticVersion.ComparePrecedence(r.Core, version) == 0))
        {
            version = VersionIncrement.Bump(version, BumpLevel.Patch);
        }

        return (last, version);
    }

    /// <summary>
    /// The version a release or hotfix branch stands for: the component's VERSION file as committed on it, else the
    /// branch's name after the prefix.
    /// </summary>
    public static SemanticVersion OfBranch(BranchOperations branches, string branch, string prefix, Core.Components.Component component)
    {
        if (branches.ReadCommittedFile("refs/heads/" + branch, component.VersionFile) is { } text)
        {
            return VersionFile.Parse($"{branch}:{component.VersionFile}", text).Version.ToSemVer();
        }

        var name = branch[prefix.Length..];
        return SemanticVersion.TryParse(name, out var version)
            ? version!
            : throw Messages.BranchHasNoVersion(branch, name);
    }

    /// <summary>
    /// Writes VERSION in the style the file already has (a 'v', PEP 440) and propagates it into every version target
    /// (steward propagate's detection and steward.yml targets), all files at once, and commits them. Returns the paths
    /// written; empty when everything already said so.
    /// </summary>
    public static IReadOnlyList<string> WriteAndCommit(FlowSession session, SemanticVersion version, string message)
    {
        var edits = PlanEdits(session, version);
        if (edits.Count == 0)
        {
            return [];
        }

        AtomicFileWriter.WriteAll(session.Project.Root, edits);
        var paths = edits.Select(e => e.RelativePath).ToList();
        Commit(session, message, paths);
        return paths;
    }

    /// <summary>Stages and commits exactly <paramref name="paths"/>, with the argv of <see cref="GitWrites"/>.</summary>
    public static void Commit(FlowSession session, string message, IReadOnlyList<string> paths)
    {
        var writer = new WorkTreeWriter(session.Git);
        foreach (var argv in new[] { GitWrites.Add(paths), GitWrites.Commit(message, paths) })
        {
            var result = writer.Run(argv);
            if (!result.Succeeded)
            {
                throw GitRunner.Failure([.. argv.Skip(1)], result);
            }
        }
    }

    /// <summary>
    /// The files that carry <paramref name="version"/> once it is written: VERSION in its own style and every version
    /// target as steward propagate writes it, read from the work tree; nothing is written. Empty when all agree already.
    /// </summary>
    public static List<FileEdit> PlanEdits(FlowSession session, SemanticVersion version)
    {
        var project = session.Project;
        var component = ComponentResolver.Single(session.Config);
        var current = project.TryReadVersionFile(component);
        var style = project.TryReadVersionFileLeniently(component);
        var parsed = current?.Version.Scheme == VersionScheme.Pep440
            ? ParsedVersion.FromPep440(VersionConverter.ToPep440(version), style?.HasVPrefix == true)
            : ParsedVersion.FromSemVer(version, style?.HasVPrefix == true);
        var edits = new List<FileEdit>();
        if (current is null || current.Version.ToString() != parsed.ToString())
        {
            edits.Add(new FileEdit(component.VersionFile, System.Text.Encoding.UTF8.GetBytes(VersionFile.Render(parsed, style?.Newline ?? "\n"))));
        }

        var targets = TargetFinder.Find(project.Root, session.Git, component);
        var sources = targets.Sources.ToDictionary(s => s.Path, StringComparer.Ordinal);
        foreach (var file in Propagator.Plan(targets.Files, version, session.Config.TagPrefix).Where(f => f.Changed))
        {
            edits.Add(new FileEdit(file.Path, sources[file.Path].Encode(file.NewText)));
        }

        return edits;
    }

    /// <summary>A version given on the command line (<paramref name="option"/> V): SemVer or PEP 440, as VERSION accepts, a leading 'v' or the tag prefix allowed.</summary>
    public static SemanticVersion ParseGiven(string text, string option, string tagPrefix)
    {
        var bare = tagPrefix.Length > 0 && text.StartsWith(tagPrefix, StringComparison.Ordinal) ? text[tagPrefix.Length..] : text;
        try
        {
            return ParsedVersion.Parse(bare).ToSemVer().WithBuild([]);
        }
        catch (VersionFormatException)
        {
            throw Messages.FlowOptionNotAVersion(option, text);
        }
    }

    /// <summary>
    /// The version a release or hotfix finish releases: <paramref name="forced"/> (--as), the branch's version raised as
    /// 'steward version bump LEVEL' raises it (--bump), or else the branch's version without its prerelease: finishing
    /// release/v1.3.0 while VERSION says 1.3.0-rc.2 releases 1.3.0.
    /// </summary>
    public static SemanticVersion ToFinish(SemanticVersion onBranch, string? bump, SemanticVersion? forced)
    {
        if (forced is not null)
        {
            return bump is null ? forced : throw Messages.BumpAndAsTogether();
        }

        var current = onBranch.WithBuild([]);
        return bump switch
        {
            null or "release" => current.Core,
            "major" => VersionIncrement.Bump(current, BumpLevel.Major),
            "minor" => VersionIncrement.Bump(current, BumpLevel.Minor),
            _ => VersionIncrement.Bump(current, BumpLevel.Patch),
        };
    }
}
