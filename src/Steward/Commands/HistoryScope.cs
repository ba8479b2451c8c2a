using Steward.Core.Configuration;
using Steward.Git;
using Steward.Workspace;

namespace Steward.Commands;

/// <summary>What a history verb works on: the project, its repository and configuration, and the release range.</summary>
internal sealed record HistoryScope(
    ProjectDirectory Project,
    Repository Repository,
    StewardConfig Config,
    string TagPrefix,
    ReleaseRangeReader Reader,
    ReleaseRange Range);
