using System.CommandLine;
using Steward.Cli;
using Steward.Core.Errors;
using Steward.Core.Propagation;
using Steward.Propagation;

namespace Steward.Commands;

/// <summary>
/// <c>steward check</c>: the CI gate against version drift. Every target must agree with VERSION (as versions, whatever
/// the scheme); each disagreement is printed as <c>PATH:LINE: found X, expected Y</c> and the exit code is 1.
/// </summary>
internal static class CheckCommand
{
    public static Command Create(CommandContext context)
    {
        var json = new Option<bool>("--json") { Description = "Print every checked target as JSON (still exits 1 on drift)" };
        var components = new Option<string[]>("--component")
        {
            Description = "In a monorepo: only this component (repeatable); by default every component, each against its own VERSION and its changelog against its own tags",
            HelpName = "NAME",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var command = new Command("check", "Verify that every file that carries a version agrees with VERSION; exit 1 and list each disagreement if not")
        {
            json,
            components,
        };
        command.SetAction(parse =>
        {
            var all = PropagationContext.OpenAll(context, GlobalOptions.DirectoryOf(parse), parse.GetValue(components) ?? []);
            if (all[0].IsMonorepo)
            {
                return CheckComponents(context, all, parse.GetValue(json));
            }

            var project = all[0];
            var results = Propagator.Check(project.Targets.Files, project.Version, project.Component.TagPrefix);
            var drift = results.Where(r => !r.Agrees).ToList();
            var version = project.VersionFile.Version.Normalized;
            if (parse.GetValue(json))
            {
                WriteJson(context, version, results);
            }
            else if (drift.Count == 0)
            {
                foreach (var result in results)
                {
                    context.Out.WriteLine($"{result.Path}:{result.Slot.Line}: {result.Slot.Label} {result.Slot.Found}");
                }

                context.Out.WriteLine(results.Count == 0
                    ? "no targets found; only VERSION carries the version"
                    : $"all {results.Count} {(results.Count == 1 ? "target agrees" : "targets agree")} with VERSION {version}");
            }
            else
            {
                // In GitHub Actions, each disagreement is also an annotation on the file and line.
                var annotate = context.GetEnvironment("GITHUB_ACTIONS") == "true";
                foreach (var result in drift)
                {
                    var message = $"found {Shown(result.Slot.Found)}, expected {Shown(result.Expected)}";
                    context.Out.WriteLine($"{result.Path}:{result.Slot.Line}: {message}");
                    if (annotate)
                    {
                        context.Out.WriteLine($"::error file={result.Path},line={result.Slot.Line}::{result.Slot.Label} {message} (VERSION is {version})");
                    }
                }
            }

            if (drift.Count == 0)
            {
                return ExitCodes.Success;
            }

            ErrorLine.Write(context.Error, Messages.TargetsDisagree(drift.Count, results.Count, version));
            return ExitCodes.For(FailureKind.OperationFailed);
        });
        return command;
    }

    /// <summary>Each component's targets against its own VERSION: the same lines, each summary naming its component.</summary>
    private static int CheckComponents(CommandContext context, IReadOnlyList<PropagationContext> all, bool json)
    {
        var checks = all.Select(p => (Project: p, Results: Propagator.Check(p.Targets.Files, p.Version, p.Component.TagPrefix))).ToList();
        var drifted = checks.Where(c => c.Results.Any(r => !r.Agrees)).ToList();
        var changelogs = ComponentChangelogCheck.Check(all);
        if (json)
        {
            Json.Write(context.Out, writer =>
            {
                writer.WriteStartObject();
                writer.WriteBoolean("ok", drifted.Count == 0 && changelogs.Values.All(c => c is null || c.Problems.Count == 0));
                writer.WriteStartArray("components");
                foreach (var (project, results) in checks)
                {
                    writer.WriteStartObject();
                    writer.WriteString("component", project.Component.Name);
                    WriteTargets(writer, project.VersionFile.Version.Normalized, results);
                    ComponentChangelogCheck.WriteJson(writer, changelogs[project.Component.Name]);
                    writer.WriteEndObject();
                }

                writer.WriteEndArray();
                writer.WriteEndObject();
            });
        }
        else
        {
            foreach (var (project, results) in checks)
            {
                var name = project.Component.Name;
                var version = project.VersionFile.Version.Normalized;
                var drift = results.Where(r => !r.Agrees).ToList();
                foreach (var result in drift.Count == 0 ? results : drift)
                {
                    context.Out.WriteLine(result.Agrees
                        ? $"{result.Path}:{result.Slot.Line}: {result.Slot.Label} {result.Slot.Found}"
                        : $"{result.Path}:{result.Slot.Line}: found {Shown(result.Slot.Found)}, expected {Shown(result.Expected)}");
                }

                context.Out.WriteLine(drift.Count > 0
                    ? $"{name}: {drift.Count} of {results.Count} targets disagree with {project.Component.VersionFile} {version}"
                    : results.Count == 0
                        ? $"{name}: no targets found; only {project.Component.VersionFile} carries the version"
                        : $"{name}: all {results.Count} {(results.Count == 1 ? "target agrees" : "targets agree")} with {project.Component.VersionFile} {version}");
                ComponentChangelogCheck.Print(context.Out, project.Component, changelogs[name]);
            }
        }

        if (drifted.Count > 0)
        {
            ErrorLine.Write(context.Error, Messages.ComponentTargetsDisagree(drifted.Sum(d => d.Results.Count(r => !r.Agrees)), drifted.Select(d => d.Project.Component.Name)));
        }

        // One line on stderr: the targets' drift first, as the files to write; the changelogs' when the targets agree.
        var wrong = changelogs.Where(c => c.Value is { Problems.Count: > 0 }).ToList();
        if (drifted.Count == 0 && wrong.Count > 0)
        {
            ErrorLine.Write(context.Error, Messages.ComponentChangelogsDisagree(wrong.Sum(w => w.Value!.Problems.Count), wrong.Select(w => w.Key)));
        }

        return drifted.Count == 0 && wrong.Count == 0 ? ExitCodes.Success : ExitCodes.For(FailureKind.OperationFailed);
    }

    private static string Shown(string value) => value.Length == 0 ? "(empty)" : value;

    private static void WriteJson(CommandContext context, string version, IReadOnlyList<Drift> results) =>
        Json.Write(context.Out, writer =>
        {
            writer.WriteStartObject();
            WriteTargets(writer, version, results);
            writer.WriteEndObject();
        });

    private static void WriteTargets(System.Text.Json.Utf8JsonWriter writer, string version, IReadOnlyList<Drift> results)
    {
        writer.WriteString("version", version);
        writer.WriteBoolean("ok", results.All(r => r.Agrees));
        writer.WriteStartArray("targets");
        foreach (var result in results)
        {
            writer.WriteStartObject();
            writer.WriteString("path", result.Path);
            writer.WriteNumber("line", result.Slot.Line);
            writer.WriteString("label", result.Slot.Label);
            writer.WriteString("scheme", result.Slot.Form.ToString().ToLowerInvariant());
            writer.WriteString("found", result.Slot.Found);
            writer.WriteString("expected", result.Expected);
            writer.WriteBoolean("agrees", result.Agrees);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }
}
