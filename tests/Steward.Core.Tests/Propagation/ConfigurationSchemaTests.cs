using System.Runtime.CompilerServices;
using System.Text.Json;
using Steward.Core.Configuration;

namespace Steward.Core.Tests.Propagation;

/// <summary>docs/steward.schema.json describes exactly the keys the configuration classes accept.</summary>
public sealed class ConfigurationSchemaTests
{
    private static JsonElement Schema([CallerFilePath] string callerFile = "")
    {
        var path = Path.Combine(Path.GetDirectoryName(callerFile)!, "..", "..", "..", "docs", "steward.schema.json");
        return JsonDocument.Parse(File.ReadAllText(path)).RootElement.Clone();
    }

    private static IEnumerable<string> KeysOf(Type type) =>
        type.GetProperties().Select(p => char.ToLowerInvariant(p.Name[0]) + p.Name[1..]);

    private static IEnumerable<string> PropertiesOf(JsonElement element) =>
        element.GetProperty("properties").EnumerateObject().Select(p => p.Name);

    [Fact]
    public void Root_keys_match_the_configuration_class() =>
        PropertiesOf(Schema()).Should().BeEquivalentTo(KeysOf(typeof(StewardConfig)));

    [Fact]
    public void Propagate_keys_match_the_configuration_class() =>
        PropertiesOf(Schema().GetProperty("properties").GetProperty("propagate")).Should().BeEquivalentTo(KeysOf(typeof(PropagateConfig)));

    [Fact]
    public void Target_keys_match_the_configuration_class() =>
        PropertiesOf(Schema().GetProperty("$defs").GetProperty("target")).Should().BeEquivalentTo(KeysOf(typeof(PropagateTargetConfig)));

    [Fact]
    public void Unknown_keys_are_rejected_like_the_loader_does()
    {
        var schema = Schema();
        schema.GetProperty("additionalProperties").GetBoolean().Should().BeFalse();
        schema.GetProperty("properties").GetProperty("propagate").GetProperty("additionalProperties").GetBoolean().Should().BeFalse();
        schema.GetProperty("$defs").GetProperty("target").GetProperty("additionalProperties").GetBoolean().Should().BeFalse();
    }
}
