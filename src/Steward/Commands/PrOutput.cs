using Steward.Cli;
using Steward.Core.PullRequests;
using Steward.Engine;
using Steward.UseCases;

namespace Steward.Commands;

/// <summary>What steward pr prints: the plan (dry run) or the outcome, as lines or one JSON document.</summary>
internal static class PrOutput
{
    /// <summary>
    /// Every release pull request of the run: one, as ever; several (pr.split: component) one after the other, and as
    /// JSON an array of their documents.
    /// </summary>
    public static void WriteAll(CommandContext context, IReadOnlyList<PullRequestResult> results, bool json)
    {
        if (results.Count == 1 || !json)
        {
            foreach (var result in results)
            {
                Write(context, result, json);
            }

            return;
        }

        var documents = results.Select(r =>
        {
            using var document = new StringWriter { NewLine = "\n" };
            Write(context with { Out = document }, r, json: true);
            return document.ToString().TrimEnd();
        });
        context.Out.Write($"[\n{string.Join(",\n", documents)}\n]\n");
    }

    public static void Write(CommandContext context, PullRequestResult result, bool json)
    {
        if (json)
        {
            PlanRun.WriteJson(context.Out, result.Plan, result.DryRun, w =>
            {
                w.WriteString("version", result.Version);
                w.WriteString("tag", result.Tag);
                w.WriteString("baseBranch", result.BaseBranch);
                w.WriteString("base", result.Base);
                w.WriteString("branch", result.HeadBranch);
                w.WriteString("commit", result.Commit);
                w.WriteBoolean("branchUpToDate", result.BranchUpToDate);
                w.WriteBoolean("pushed", result.Pushed);
                w.WriteStartArray("replayed");
                foreach (var sha in result.Replayed)
                {
                    w.WriteStringValue(sha);
                }

                w.WriteEndArray();
                w.WriteStartObject("pullRequest");
                w.WriteString("action", Action(result.Action));
                if (result.PullRequest is { } pull)
                {
                    w.WriteNumber("number", pull.Number);
                    w.WriteString("url", pull.Link);
                }

                w.WriteString("title", result.Wanted.Title);
                w.WriteString("body", result.Wanted.Body);
                w.WriteEndObject();
                w.WriteStartArray("calls");
                foreach (var call in result.Calls)
                {
                    w.WriteStartObject();
                    w.WriteString("method", call.Method);
                    w.WriteString("url", call.Url);
                    if (call.Status is { } status)
                    {
                        w.WriteNumber("status", status);
                    }
                    else
                    {
                        w.WriteNull("status");
                    }

                    w.WriteEndObject();
                }

                w.WriteEndArray();
            });
            return;
        }

        var output = context.Out;
        var short7 = result.Commit[..7];
        output.WriteLine($"release {result.Version} of '{result.BaseBranch}' from {result.Base[..7]}: branch '{result.HeadBranch}'");
        if (result.DryRun)
        {
            output.WriteLine(result.BranchUpToDate
                ? $"  '{result.HeadBranch}' already holds this release ({short7}): nothing to push"
                : $"  commit {short7} on {result.Base[..7]}{Replayed(result)}");
            PlanPrinter.PrintSteps(output, result.Plan);
            output.WriteLine(result.Action switch
            {
                PullRequestAction.Create => $"  would open the {PullRequestWords.Noun(result.Forge)} '{result.Wanted.Title}'",
                PullRequestAction.Update => $"  would update {PullRequestWords.Named(result.Forge, result.PullRequest!.Number)}",
                _ => $"  {PullRequestWords.Named(result.Forge, result.PullRequest!.Number)} is as wanted: no update",
            });
            foreach (var call in result.Calls.Where(c => c.Status is null))
            {
                output.WriteLine($"  {call.Method} {call.Url}");
            }

            output.WriteLine("dry run: nothing was changed");
            return;
        }

        output.WriteLine(result.Pushed
            ? $"  pushed {short7} to '{result.HeadBranch}'{Replayed(result)}"
            : $"  '{result.HeadBranch}' already holds this release ({short7}): nothing pushed");
        var named = PullRequestWords.Named(result.Forge, result.PullRequest!.Number);
        output.WriteLine(result.Action switch
        {
            PullRequestAction.Create => $"  opened {named}: {result.PullRequest.Link}",
            PullRequestAction.Update => $"  updated {named}: {result.PullRequest.Link}",
            _ => $"  {named} is up to date: no update",
        });
        if (result.Dispatched)
        {
            output.WriteLine($"  started the workflow on '{result.HeadBranch}'");
        }
    }

    private static string Replayed(PullRequestResult result) =>
        result.Replayed.Count == 0 ? string.Empty : $", with {result.Replayed.Count} commit(s) from the branch replayed on top";

    private static string Action(PullRequestAction action) => action switch
    {
        PullRequestAction.Create => "create",
        PullRequestAction.Update => "update",
        _ => "none",
    };
}
