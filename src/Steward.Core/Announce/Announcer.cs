using Steward.Core.Configuration;
using Steward.Core.Errors;
using Steward.Core.Planning;

namespace Steward.Core.Announce;

/// <summary>An announcer of steward.yml, checked: its kind, filter, timeout and the variables it reads.</summary>
public sealed record Announcer(
    string Name,
    AnnouncerKind Kind,
    string AddressVariable,
    string? SecretVariable,
    string? TokenVariable,
    string Template,
    AnnounceWhen When,
    TimeSpan Timeout)
{
    /// <summary>The message when no template is given.</summary>
    public const string DefaultTemplate = "{{project}} {{tag}} is released.\n\n{{notes}}";

    private static readonly string[] Kinds = ["webhook", "slack", "discord", "teams", "mastodon"];

    private static readonly string[] Whens = ["stable", "prerelease", "always"];

    /// <summary>Whether a release (a prerelease or not) is announced by this announcer.</summary>
    public bool Announces(bool prerelease) => When switch
    {
        AnnounceWhen.Stable => !prerelease,
        AnnounceWhen.Prerelease => prerelease,
        _ => true,
    };

    /// <summary>The announcers of <c>announce</c>, each checked; a mistake names its key (exit 2).</summary>
    public static IReadOnlyList<Announcer> From(IReadOnlyList<AnnouncerConfig> configs)
    {
        ArgumentNullException.ThrowIfNull(configs);
        var announcers = new List<Announcer>();
        for (var i = 0; i < configs.Count; i++)
        {
            var config = configs[i];
            var key = $"announce[{i}]";
            if (config.Name.Length == 0 || !config.Name.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.'))
            {
                throw Messages.AnnouncerNameInvalid(key, config.Name);
            }

            if (announcers.Any(a => a.Name == config.Name))
            {
                throw Messages.AnnouncerNameTwice(config.Name);
            }

            var kind = Array.IndexOf(Kinds, config.Kind);
            if (kind < 0)
            {
                throw Messages.AnnouncerKindUnknown(config.Name, config.Kind, Kinds);
            }

            var when = Array.IndexOf(Whens, config.When);
            if (when < 0)
            {
                throw Messages.AnnouncerWhenUnknown(config.Name, config.When);
            }

            if (string.IsNullOrWhiteSpace(config.UrlEnv))
            {
                throw Messages.AnnouncerVariableMissing(config.Name, "urlEnv");
            }

            if ((AnnouncerKind)kind == AnnouncerKind.Mastodon && string.IsNullOrWhiteSpace(config.TokenEnv))
            {
                throw Messages.AnnouncerVariableMissing(config.Name, "tokenEnv");
            }

            var timeout = DurationParser.Parse(config.Timeout, $"steward.yml: announce '{config.Name}'");
            announcers.Add(new Announcer(config.Name, (AnnouncerKind)kind, config.UrlEnv, config.SecretEnv, config.TokenEnv,
                config.Template ?? DefaultTemplate, (AnnounceWhen)when, timeout));
        }

        return announcers;
    }
}
