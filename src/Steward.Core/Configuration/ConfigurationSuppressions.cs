using System.Diagnostics.CodeAnalysis;

// steward.yml is read by a deserializer generated at compile time (no reflection, for Native AOT); the code it generates
// assigns every property, collections included, after construction, so they need a setter rather than `init`.
[assembly: SuppressMessage(
    "Usage",
    "CA2227:Collection properties should be read only",
    Scope = "namespaceanddescendants",
    Target = "~N:Steward.Core.Configuration",
    Justification = "Set by the generated steward.yml deserializer.")]
