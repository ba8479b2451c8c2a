using Steward.Cli;
using Steward.Core.Errors;
using Steward.Core.Versioning;

namespace Steward.Flow;

/// <summary>
/// The shared part of release and hotfix start: from a start point, decide the version, create the branch (named by
/// <c>branchName</c>, else by <c>branchOf</c> the version, else the version), commit VERSION on it. Any failure puts HEAD back and removes the new branch.
/// </summary>
internal static class FlowStart
{
    public static int Run(CommandContext context, FlowSession session, string startPoint, string prefix, string kind,
        Func<(SemanticVersion Version, string Why)> decide, string? branchName = null, Func<SemanticVersion, string>? branchOf = null, bool json = false)
    {
        var branches = session.Branches;
        var originalBranch = branches.CurrentBranch();
        var originalHead = branches.ResolveCommit("HEAD");

        // History is read at HEAD (tags on the start point itself count), so stand on the start point first.
        var switched = branches.SwitchDetached(startPoint);
        if (!switched.Succeeded)
        {
            throw new StewardException(FailureKind.OperationFailed, $"could not switch to {startPoint}: {switched.FirstErrorLine}");
        }

        string? created = null;
        try
        {
            var (version, why) = decide();
            var branch = prefix + (branchName ?? branchOf?.Invoke(version) ?? version.ToString());
            branches.CheckBranchName(branch, $"the {kind} branch");
            if (branches.BranchExists(branch))
            {
                throw new StewardException(FailureKind.OperationFailed, $"branch {branch} already exists; switch to it ('git switch {branch}') or delete it first");
            }

            var made = branches.SwitchCreate(branch, "HEAD");
            if (!made.Succeeded)
            {
                throw new StewardException(FailureKind.OperationFailed, $"could not create {branch}: {made.FirstErrorLine}");
            }

            created = branch;
            var committed = FlowVersioning.WriteAndCommit(session, version, $"chore(release): prepare {version}");
            if (json)
            {
                var output = new FlowStartOutput(kind, branch, startPoint, version.ToString(), why, committed);
                OutputJson.Write(context.Out, output, OutputJson.Default.FlowStartOutput);
                return ExitCodes.Success;
            }

            context.Out.WriteLine($"Created {branch} from {startPoint} for {version} ({why})");
            context.Out.WriteLine(committed.Count > 0
                ? $"Committed {string.Join(", ", committed)} with {version}"
                : $"VERSION and every version target already say {version}");
            return ExitCodes.Success;
        }
        catch
        {
            var startSha = created is null ? null : branches.BranchSha(created);
            if (originalBranch is not null)
            {
                branches.Switch(originalBranch);
            }
            else if (originalHead is not null)
            {
                branches.SwitchDetached(originalHead);
            }

            if (created is not null && startSha is not null)
            {
                branches.DeleteRef("refs/heads/" + created, startSha);
            }

            throw;
        }
    }
}
