namespace Steward.Forges;

/// <summary>A call made (or, in a dry run, one that would be made): method, URL and the status it got (null: not made).</summary>
internal sealed record ForgeCall(string Method, string Url, int? Status);
