namespace Steward.Core.Propagation.Dependencies;

/// <summary>The package ecosystems whose files record a dependency's version, each with its own way of naming packages.</summary>
public enum PackageEcosystem
{
    /// <summary>package.json: names compared exactly.</summary>
    Npm,

    /// <summary>pyproject.toml: names compared as PEP 503 normalises them (case, and runs of '-', '_', '.').</summary>
    Python,

    /// <summary>*.csproj: package ids compared without case.</summary>
    NuGet,

    /// <summary>Chart.yaml: chart names compared exactly.</summary>
    Helm,
}
