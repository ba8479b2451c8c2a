namespace Steward.Workspace;

/// <summary>What Steward is about to do with a resolved path, for the wording of a refusal.</summary>
internal enum PathUse
{
    Read,
    Write,
}
