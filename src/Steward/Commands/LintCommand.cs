using System.CommandLine;
using Steward.Cli;
using Steward.Core.Commits;
using Steward.Core.Errors;
using Steward.Git;
using Steward.Workspace;

namespace Steward.Commands;

/// <summary>
/// <c>steward lint</c>: checks commit messages against Conventional Commits and the configured types and scopes. One
/// line per violation, naming the commit (or file), the rule and the fix; exit 1 when there is any.
/// </summary>
internal static class LintCommand
{
    public static Command Create(CommandContext context)
    {
        var messageFile = new Option<string?>("--message-file")
        {
            Description = "Check the message in FILE (what git passes to a commit-msg hook); comment lines are ignored as git does",
            HelpName = "FILE",
        };
        var from = new Option<string?>("--from")
        {
            Description = "Check the commits after REV (e.g. origin/main for a pull request); default: the last release tag",
            HelpName = "REV",
        };
        var to = new Option<string?>("--to")
        {
            Description = "Check the commits up to REV (default HEAD)",
            HelpName = "REV",
        };
        var json = new Option<bool>("--json") { Description = "Print the result as one JSON document: messages checked, failing ones and their violations" };
        var command = new Command("lint", "Check commit messages against Conventional Commits: a message file (commit-msg hook) or a range of commits (CI); exit 1 on any violation")
        {
            messageFile,
            from,
            to,
            json,
        };
        command.SetAction(parse =>
        {
            var project = ProjectDirectory.Open(context, GlobalOptions.DirectoryOf(parse));
            var config = HistoryOptions.LoadConfig(project, project.Repository);
            var linter = new CommitLinter(config.Commits.Lint, new BumpPolicy(config.Commits));
            var file = parse.GetValue(messageFile);
            if (file is not null)
            {
                if (parse.GetValue(from) is not null || parse.GetValue(to) is not null)
                {
                    throw Messages.LintFileAndRange();
                }

                return LintFile(context, linter, file, parse.GetValue(json));
            }

            var repository = project.Repository
                ?? throw Messages.NotInRepositoryForLint(project.Root);
            return LintRange(context, linter, repository, config.TagPrefix, parse.GetValue(from), parse.GetValue(to), parse.GetValue(json));
        });
        return command;
    }

    private static int LintFile(CommandContext context, CommitLinter linter, string file, bool json)
    {
        var path = context.ResolvePath(file);
        if (!File.Exists(path))
        {
            throw Messages.LintMessageFileMissing(file);
        }

        var message = GitMessageCleanup.Strip(File.ReadAllText(path));
        var exempt = CommitLinter.IsExempt(message);
        IReadOnlyList<LintViolation> violations = exempt ? [] : linter.Lint(message);
        if (json)
        {
            IReadOnlyList<LintedMessageOutput> failing = violations.Count == 0 ? [] : [Linted(null, message, violations)];
            OutputJson.Write(context.Out, new LintOutput(file, exempt ? 0 : 1, failing.Count, violations.Count, failing), OutputJson.Default.LintOutput);
            return violations.Count == 0 ? ExitCodes.Success : ExitCodes.Failed;
        }

        foreach (var violation in violations)
        {
            context.Out.WriteLine($"{file}: {violation}");
        }

        return violations.Count == 0 ? ExitCodes.Success : ExitCodes.Failed;
    }

    private static int LintRange(CommandContext context, CommitLinter linter, Repository repository, string tagPrefix, string? from, string? to, bool json)
    {
        var reader = new ReleaseRangeReader(repository.Git);
        IEnumerable<CommitRecord> commits;
        if (from is null)
        {
            // Since the last release: the same range steward next reads.
            commits = reader.Read(tagPrefix, to: to).Commits.Select(c => c.Commit);
        }
        else
        {
            var fromSha = reader.ResolveCommit(from, "--from");
            var toSha = reader.ResolveCommit(to ?? "HEAD", "--to");
            commits = new HistoryReader(repository.Git).ReadCommits(toSha, [fromSha]);
        }

        var checkedCount = 0;
        var failed = 0;
        var total = 0;
        var failing = new List<LintedMessageOutput>();
        foreach (var commit in commits)
        {
            if (commit.IsMerge || CommitLinter.IsExempt(commit.Message))
            {
                continue;
            }

            checkedCount++;
            var violations = linter.Lint(commit.Message);
            if (violations.Count > 0)
            {
                failed++;
                total += violations.Count;
                if (json)
                {
                    failing.Add(Linted(commit.Sha, commit.Message, violations));
                    continue;
                }
            }

            foreach (var violation in violations)
            {
                var text = Core.Text.UntrustedText.Terminal(violation.ToString());
                context.Out.WriteLine(InGitHubActions(context)
                    ? $"::error title=Commit message {commit.ShortSha} ({violation.Rule})::{commit.ShortSha}: {text}"
                    : $"{commit.ShortSha}: {text}");
            }
        }

        if (json)
        {
            OutputJson.Write(context.Out, new LintOutput(null, checkedCount, failed, total, failing), OutputJson.Default.LintOutput);
            return total == 0 ? ExitCodes.Success : ExitCodes.Failed;
        }

        context.Out.WriteLine(total == 0
            ? $"{checkedCount} commit{Plural(checkedCount)} checked: no problems"
            : $"{total} problem{Plural(total)} in {failed} of {checkedCount} commit{Plural(checkedCount)}; reword them with 'git rebase -i' before merging");
        return total == 0 ? ExitCodes.Success : ExitCodes.Failed;
    }

    private static LintedMessageOutput Linted(string? sha, string message, IReadOnlyList<LintViolation> violations) =>
        new(sha, message.Split('\n', 2)[0].TrimEnd('\r'), [.. violations.Select(v => new LintViolationOutput(v.Rule, v.Problem, v.Fix))]);

    /// <summary>In a GitHub Actions job each violation becomes an error annotation, shown on the run's summary page.</summary>
    private static bool InGitHubActions(CommandContext context) => context.GetEnvironment("GITHUB_ACTIONS") == "true";

    private static string Plural(int n) => n == 1 ? string.Empty : "s";
}
