namespace Steward.Core.Changelog.Rendering;

/// <summary>One <c>{{...}}</c> of a template: the line it starts on and what is between the braces, trimmed.</summary>
internal readonly record struct TemplateMustache(int Line, string Body);
