using Steward.Core.Propagation.Locators;

namespace Steward.Core.Propagation;

/// <summary>Which files Steward looks into without configuration, by file name, and with which locator.</summary>
public static class DetectedTargets
{
    private static readonly PythonVersionLocator Python = new();
    private static readonly DockerfileLocator Dockerfile = new();
    private static readonly MsBuildLocator MsBuild = new();

    private static readonly Dictionary<string, IVersionLocator> ByName = new(StringComparer.Ordinal)
    {
        ["__init__.py"] = Python,
        ["_version.py"] = Python,
        ["version.py"] = Python,
        ["pyproject.toml"] = new PyprojectLocator(),
        ["setup.cfg"] = new SetupCfgLocator(),
        ["Chart.yaml"] = new HelmChartLocator(),
        ["Dockerfile"] = Dockerfile,
        ["Containerfile"] = Dockerfile,
        ["Directory.Build.props"] = MsBuild,
        ["package.json"] = new PackageJsonLocator(),
        ["package-lock.json"] = new PackageLockLocator(),
        ["Cargo.toml"] = new CargoLocator(),
        ["pom.xml"] = new MavenPomLocator(),
        ["gradle.properties"] = new GradlePropertiesLocator(),
    };

    /// <summary>The locator for a repository-relative path (forward slashes), or null when the file is not a known kind.</summary>
    public static IVersionLocator? For(string relativePath)
    {
        ArgumentNullException.ThrowIfNull(relativePath);
        var name = relativePath[(relativePath.LastIndexOf('/') + 1)..];
        if (ByName.TryGetValue(name, out var locator))
        {
            return locator;
        }

        if (name.EndsWith(".csproj", StringComparison.Ordinal))
        {
            return MsBuild;
        }

        return name.StartsWith("Dockerfile.", StringComparison.Ordinal) || name.EndsWith(".Dockerfile", StringComparison.OrdinalIgnoreCase)
            ? Dockerfile
            : null;
    }
}
