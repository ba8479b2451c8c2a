using Steward.Changelog;
using Steward.Cli;
using Steward.Configuration;
using Steward.Core.Announce;
using Steward.Core.Changelog.Rendering;
using Steward.Core.Configuration;
using Steward.Core.Errors;
using Steward.Core.Text;
using Steward.Git;
using Steward.Releasing;
using Steward.Workspace;

namespace Steward.UseCases;

/// <summary>
/// One release announced (an announce step of a plan, or a dry run's preview): the release's notes, each announcer's message, at most one delivery per announcer and tag
/// (the records are git notes under refs/notes/steward-announce, fetched first and pushed after), failures reported
/// with their HTTP status. Secrets come from the environment and every line shown passes the redactor.
/// </summary>
internal sealed class AnnounceRun(CommandContext context, AnnounceOptions options, TextWriter progress)
{
    private readonly SecretRedactor redactor = new();

    public AnnounceReport Execute(string? directory)
    {
        var project = ProjectDirectory.Open(context, directory);
        var repository = ChangelogInputs.RequireRepository(project);
        var config = ConfigLoader.Load(project.Root);
        var announcers = Announcer.From(config.Announce);
        if (announcers.Count == 0)
        {
            throw Messages.NoAnnouncers();
        }

        // A step names its tag; in a monorepo the tag says whose release it is.
        var monorepo = ComponentResolver.HasComponents(config);
        var component = monorepo ? PublishRun.ComponentOf(config, options.Tag) : ComponentResolver.Single(config);

        // A component's release lists only the commits that touch its files, as its notes do.
        var owned = monorepo ? ComponentCommits.Owned(repository, ComponentResolver.Resolve(config), [component])[0] : null;
        using var history = ReleaseHistory.Open(repository, component, owned);
        var tag = AnnouncePlanner.TagOf(history, options.Tag, component);
        var release = history.ForTag(tag);
        var notes = Notes(project.Root, component, release);
        var git = repository.Git;
        var notesReader = new NotesReader(git);
        var writer = new WorkTreeWriter(git);
        var objectId = notesReader.TagObject(tag.Name) ?? throw Messages.AnnounceTagUnknown(tag.Name);
        var remote = config.Release.Remote;
        var hasRemote = new WorkTreeReader(git).RemoteExists(remote);
        if (hasRemote && !options.DryRun && notesReader.RemoteHas(remote, DeliveryRecords.NotesRef))
        {
            // The records other runs pushed; when ours have moved apart, ours are kept and the push below says so.
            writer.Run(GitWrites.FetchRef(remote, DeliveryRecords.NotesRef));
        }

        var note = notesReader.Note(DeliveryRecords.NotesRef, objectId);
        var delivered = DeliveryRecords.Delivered(note);
        var extra = new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["notes"] = notes.TrimEnd('\n'),
            ["project"] = config.Artifacts.Name ?? Path.GetFileName(Path.TrimEndingDirectorySeparator(project.Root)),
            ["prerelease"] = tag.IsPrerelease,
            ["component"] = component.Name,
        };
        var results = new List<AnnounceResult>();
        var recorded = false;
        using var sender = new AnnouncementSender();
        foreach (var announcer in announcers.Where(a => options.Only is null || a.Name == options.Only))
        {
            var kind = announcer.Kind.ToString().ToLowerInvariant();
            AnnounceResult Result(string status, int? http = null, string? reason = null)
            {
                var result = new AnnounceResult(announcer.Name, kind, status, http, reason is null ? null : redactor.Redact(reason)) { Tag = tag.Name };
                results.Add(result);
                return result;
            }

            if (!announcer.Announces(tag.IsPrerelease))
            {
                Result("skipped", reason: $"when: {announcer.When.ToString().ToLowerInvariant()}, and {tag.Name} is {(tag.IsPrerelease ? "a prerelease" : "stable")}");
                Say($"{kind} '{announcer.Name}': skipped ({results[^1].Reason})");
                continue;
            }

            if (delivered.Contains(announcer.Name) && !options.Force)
            {
                Result("already-delivered");
                Say($"{kind} '{announcer.Name}': {tag.Name} was already delivered (--force sends it again)");
                continue;
            }

            var text = Render(announcer, release, extra);
            var url = context.GetEnvironment(announcer.AddressVariable);
            var secret = announcer.SecretVariable is { } s ? context.GetEnvironment(s) : null;
            var token = announcer.TokenVariable is { } t ? context.GetEnvironment(t) : null;
            redactor.Add(url);
            redactor.Add(secret);
            redactor.Add(token);
            var announcement = new Announcement(
                (string)extra["project"]!, tag.Name, tag.Version.ToString(), release.Info.PreviousVersion, tag.IsPrerelease, notes, release.CompareUrl ?? release.TagUrl, text);
            if (options.DryRun)
            {
                Result("would-send");
                Say($"{kind} '{announcer.Name}': would send {tag.Name}:");
                foreach (var line in text.Split('\n'))
                {
                    progress.WriteLine(redactor.Redact(UntrustedText.Terminal("    " + line)));
                }

                continue;
            }

            var missing = string.IsNullOrEmpty(url) ? announcer.AddressVariable
                : announcer.SecretVariable is { } sv && string.IsNullOrEmpty(secret) ? sv
                : announcer.TokenVariable is { } tv && announcer.Kind == AnnouncerKind.Mastodon && string.IsNullOrEmpty(token) ? tv
                : null;
            if (missing is not null)
            {
                Warn(announcer, kind, Result("failed", reason: Messages.AnnounceVariableUnset(missing)).Reason!);
                continue;
            }

            var payload = AnnouncementPayload.For(announcer, announcement, secret, token);
            if (!Uri.TryCreate(url!.TrimEnd('/') + payload.Path, UriKind.Absolute, out var address) || (address.Scheme != Uri.UriSchemeHttps && address.Scheme != Uri.UriSchemeHttp))
            {
                Warn(announcer, kind, Result("failed", reason: Messages.AnnounceAddressInvalid(announcer.AddressVariable)).Reason!);
                continue;
            }

            var (status, failure) = sender.Send(address, payload, announcer.Timeout);
            if (failure is not null)
            {
                Warn(announcer, kind, Result("failed", status, failure).Reason!);
                continue;
            }

            // Recorded at once, so a failure of a later announcer never makes this one send twice.
            note = DeliveryRecords.Add(note, announcer.Name, context.Now(), status!.Value);
            var set = writer.Run(GitWrites.SetNote(DeliveryRecords.NotesRef, objectId), note);
            if (!set.Succeeded)
            {
                throw GitRunner.Failure(GitWrites.SetNote(DeliveryRecords.NotesRef, objectId).Skip(1).ToList(), set);
            }

            recorded = true;
            Result("delivered", status);
            Say($"{kind} '{announcer.Name}': delivered {tag.Name} (HTTP {status})");
        }

        var pushed = false;
        if (recorded && hasRemote)
        {
            pushed = writer.Run(GitWrites.PushRefspecs(remote, [$"{DeliveryRecords.NotesRef}:{DeliveryRecords.NotesRef}"])).Succeeded;
            if (!pushed)
            {
                ErrorLine.Warn(context.Error, Messages.AnnounceRecordsNotPushed(remote));
            }
        }

        return new AnnounceReport(tag.Name, options.DryRun, pushed, results);
    }

    /// <summary>The --strict failure, when asked and an announcer failed.</summary>
    /// <param name="remedy">What sends the rest ("rerun to send only what is missing").</param>
    public static void RequireDelivered(AnnounceReport report, bool strict, string remedy = "rerun to send only what is missing")
    {
        if (strict && report.Failed)
        {
            throw Messages.AnnouncementsFailed(report.Tag, report.Announcers.Where(a => a.Status == "failed").Select(a => $"{a.Kind} '{a.Name}' failed: {a.Reason}"), remedy);
        }
    }

    private static string Render(Announcer announcer, Core.Changelog.Release release, Dictionary<string, object?> extra)
    {
        var template = CompiledTemplate.Compile(new ChangelogTemplate($"steward.yml: announce '{announcer.Name}' template", announcer.Template, IsBuiltIn: false));
        return template.Render(release, extra).TrimEnd('\n');
    }

    /// <summary>A release's notes as `steward notes --version` gives them: its CHANGELOG.md entry, else its commits.</summary>
    private static string Notes(string root, Core.Components.Component component, Core.Changelog.Release release)
    {
        var existing = ChangelogPlanner.ReadExisting(root, component.ChangelogFile);
        var entry = existing is null || !Core.Versioning.SemanticVersion.TryParse(release.Info.Version, out var version)
            ? null
            : Core.Changelog.Splicing.ChangelogEntryNotes.Find(existing.Text, version!);
        return string.IsNullOrEmpty(entry)
            ? TemplateLoader.Load(component.Changelog.NotesTemplate, root, root, "steward.yml: changelog.notesTemplate").Render(release)
            : entry;
    }

    private void Say(string line) => progress.WriteLine(redactor.Redact(UntrustedText.Terminal("announce: " + line)));

    private void Warn(Announcer announcer, string kind, string reason) =>
        ErrorLine.Warn(context.Error, redactor.Redact(Messages.AnnouncementFailed(announcer.Name, kind, reason, options.Remedy)));
}
