namespace Steward.UseCases;

/// <summary>
/// What <c>steward publish</c> was asked: the tag (null: the release tag at HEAD), whether to leave a draft (or
/// publish.draft), the asset globs (null: publish.assets), a dry run, and whether to trace forge calls (--verbose).
/// </summary>
internal sealed record PublishOptions(string? Tag, bool Draft, IReadOnlyList<string>? Assets, bool DryRun, bool Verbose);
