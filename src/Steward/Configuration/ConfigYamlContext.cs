using System.Diagnostics.CodeAnalysis;
using Steward.Core.Configuration;
using YamlDotNet.Serialization;

namespace Steward.Configuration;

/// <summary>
/// steward.yml's deserializer, generated at compile time (Vecc.YamlDotNet.Analyzers.StaticGenerator): no reflection, so
/// the configuration loads the same under Native AOT as under the JIT. Every type that steward.yml can hold is listed.
/// </summary>
[YamlStaticContext]
[YamlSerializable(typeof(StewardConfig))]
[YamlSerializable(typeof(PropagateConfig))]
[YamlSerializable(typeof(PropagateTargetConfig))]
[YamlSerializable(typeof(CommitsConfig))]
[YamlSerializable(typeof(CommitLintConfig))]
[YamlSerializable(typeof(ChangelogConfig))]
[YamlSerializable(typeof(ChangelogLinksConfig))]
[YamlSerializable(typeof(ReleaseConfig))]
[YamlSerializable(typeof(ReleaseHooksConfig))]
[YamlSerializable(typeof(BlockersConfig))]
[YamlSerializable(typeof(FreezeWindowConfig))]
[YamlSerializable(typeof(AnnouncerConfig))]
[YamlSerializable(typeof(GateConfig))]
[YamlSerializable(typeof(SignerConfig))]
[YamlSerializable(typeof(ArtifactsConfig))]
[YamlSerializable(typeof(ImageConfig))]
[YamlSerializable(typeof(FlowConfig))]
[YamlSerializable(typeof(FlowBranchesConfig))]
[YamlSerializable(typeof(SupportPolicyConfig))]
[YamlSerializable(typeof(SyncBranchConfig))]
[YamlSerializable(typeof(ComponentConfig))]
[YamlSerializable(typeof(GroupConfig))]
[YamlSerializable(typeof(ForgeConfig))]
[YamlSerializable(typeof(PublishConfig))]
[YamlSerializable(typeof(PullRequestConfig))]
[YamlSerializable(typeof(PullRequestLabelsConfig))]
[YamlSerializable(typeof(NotesConfig))]
[SuppressMessage("Design", "CA1515", Justification = "The generator declares its half of this class public.")]
public partial class ConfigYamlContext : StaticContext;
