using System.CommandLine;
using System.Globalization;
using Steward.Cli;
using Steward.Configuration;
using Steward.Core.Errors;
using Steward.Core.Flow;
using Steward.Core.Versioning;
using Steward.Flow;
using Steward.Git;

namespace Steward.Commands;

/// <summary><c>steward support</c>: the release lines from the tags and their status under the support policy.</summary>
internal static class SupportCommand
{
    public static Command Create(CommandContext context)
    {
        var json = new Option<bool>("--json") { Description = "Print the lines as JSON" };
        var check = new Option<string?>("--check")
        {
            Description = "Exit 0 when version V is in a supported line (full or security), 1 when not",
            HelpName = "V",
        };
        var components = new Option<string[]>("--component")
        {
            Description = "In a monorepo: only this component's release lines, from its own tags (repeatable); by default every component's",
            HelpName = "NAME",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var command = new Command("support", "List release lines (one per major version) with their support status, release dates and end dates, "
            + "under the policy in steward.yml (default: newest major full, previous major security fixes for 12 months, older end of life)")
        {
            json,
            check,
            components,
        };
        command.SetAction(parse =>
        {
            var session = FlowSession.Open(context, GlobalOptions.DirectoryOf(parse), needsWorkTree: false);
            var today = DateOnly.FromDateTime(context.Now().UtcDateTime);
            var only = parse.GetValue(components) ?? [];
            var selected = ComponentResolver.Select(session.Config, only);
            if (parse.GetValue(check) is not null && ComponentResolver.HasComponents(session.Config) && only.Length != 1)
            {
                throw Messages.MonorepoOptionNeedsOneComponent("--check");
            }

            // One read of the tags for every component, each keeping those with its own prefix.
            var reader = new TagReader(session.Git);
            var tagLists = ComponentResolver.HasComponents(session.Config)
                ? reader.ReadVersionTags([.. selected.Select(c => c.TagPrefix)])
                : [reader.ReadVersionTags(selected[0].TagPrefix)];
            var lines = tagLists.Select(tags => SupportPolicy.Evaluate(tags, session.Flow.Support, today)).ToList();
            if (parse.GetValue(check) is { } checkText)
            {
                return Check(context, checkText, lines[0], selected[0].TagPrefix, parse.GetValue(json));
            }

            if (ComponentResolver.HasComponents(session.Config) && only.Length != 1)
            {
                if (parse.GetValue(json))
                {
                    SupportOutput.WriteComponentsJson(context.Out, [.. selected.Select(c => c.Name)], lines, today, session.Flow.Support);
                    return ExitCodes.Success;
                }

                for (var i = 0; i < selected.Count; i++)
                {
                    context.Out.WriteLine((i > 0 ? "\n" : string.Empty) + selected[i].Name + ":");
                    SupportOutput.WriteTable(context.Out, lines[i], selected[i].TagPrefix);
                }

                return ExitCodes.Success;
            }

            if (parse.GetValue(json))
            {
                SupportOutput.WriteJson(context.Out, lines[0], today, session.Flow.Support);
            }
            else
            {
                SupportOutput.WriteTable(context.Out, lines[0], selected[0].TagPrefix);
            }

            return ExitCodes.Success;
        });
        return command;
    }

    private static int Check(CommandContext context, string text, IReadOnlyList<SupportLine> lines, string tagPrefix, bool json)
    {
        var bare = text.StartsWith(tagPrefix, StringComparison.Ordinal) && tagPrefix.Length > 0 ? text[tagPrefix.Length..] : text;
        if (!SemanticVersion.TryParse(bare, out var version))
        {
            throw Messages.SupportCheckNotAVersion(text, tagPrefix);
        }

        var line = lines.FirstOrDefault(l => l.Major == version!.Major);
        if (json)
        {
            SupportOutput.WriteCheckJson(context.Out, version!, line);
        }

        if (line is null)
        {
            throw Messages.LineNeverReleased(version!, Supported(lines));
        }

        var ends = line.Ends is { } d ? " until " + d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : string.Empty;
        if (!line.IsSupported)
        {
            throw Messages.LineEndOfLife(version!, line.Name, line.Ends?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), Supported(lines));
        }

        if (!json)
        {
            context.Out.WriteLine($"{version}: line {line.Name} is supported ({line.StatusText}{ends})");
        }

        return ExitCodes.Success;
    }

    private static string Supported(IReadOnlyList<SupportLine> lines)
    {
        var supported = lines.Where(l => l.IsSupported).Select(l => $"{l.Name} {l.StatusText}").ToList();
        return supported.Count == 0 ? "no line is supported" : "supported: " + string.Join(", ", supported);
    }
}
