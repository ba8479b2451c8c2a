namespace Steward.Core.Errors;

/// <summary>Monorepo cascades: a dependency's new version written into its dependents' files.</summary>
public static partial class Messages
{
    public static StewardException DependencyBoundExcludes(string path, int line, string package, string version, string clause) =>
        Invalid($"{path}:{line}: {package}'s new version {version} is outside '{clause}'; raise the bound so the release can write {version} there");
}
