using Steward.Core.Forge;

namespace Steward.Forges;

/// <summary>The forge's issues and pull requests, read: what the release blocker check asks.</summary>
internal interface IIssueQueries
{
    /// <summary>The open issues and pull requests carrying <paramref name="label"/>, every page of them.</summary>
    Task<IReadOnlyList<ForgeIssue>> OpenWithLabelAsync(string label, CancellationToken cancellation);
}
