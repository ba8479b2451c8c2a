namespace Steward.Core.Propagation.Locators;

/// <summary>The structured formats a configured key path reads.</summary>
public enum KeyPathFormat
{
    Json,
    Yaml,
    Toml,
    Xml,
}
