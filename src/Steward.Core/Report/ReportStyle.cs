namespace Steward.Core.Report;

/// <summary>The report's one style sheet, inline in the page (the policy allows no other).</summary>
internal static class ReportStyle
{
    public const string Css = """
        :root { color-scheme: light; --ga: #1f5fbf; --patch: #2e8b57; --pre: #d9822b; --retracted: #c62828; --muted: #666; }
        body { font: 15px/1.45 system-ui, sans-serif; margin: 0 auto; max-width: 1160px; padding: 0 24px 48px; color: #1b1b1b; background: #fff; }
        h1 { margin: 24px 0 4px; } h2 { border-bottom: 2px solid #ddd; padding-bottom: 4px; margin-top: 40px; }
        nav ul { list-style: none; padding: 0; display: flex; gap: 16px; flex-wrap: wrap; }
        figure { margin: 8px 0 24px; overflow-x: auto; } figcaption { color: var(--muted); font-size: 13px; }
        svg { display: block; max-width: 100%; height: auto; font: 12px system-ui, sans-serif; }
        svg .axis, svg .track { stroke: #999; stroke-width: 1; } svg .grid { stroke: #eee; stroke-width: 1; }
        svg .tick { fill: var(--muted); font-size: 11px; } svg .line-name { font-weight: 600; fill: #1b1b1b; }
        svg .release-label { font-size: 11px; fill: #1b1b1b; }
        svg .kind-ga .marker { fill: var(--ga); } svg .kind-patch .marker { fill: var(--patch); }
        svg .kind-prerelease .marker { fill: #fff; stroke: var(--pre); stroke-width: 2; }
        svg .retracted .marker { stroke: var(--retracted); stroke-width: 3; fill: none; } svg .retracted .release-label { fill: var(--retracted); }
        svg .support-bar .bar { rx: 4; } svg .status-full .bar { fill: #b7dfc4; } svg .status-security .bar { fill: #f5d9a8; }
        svg .status-eol .bar { fill: #ddd; } svg .bar-label { font-size: 12px; fill: #1b1b1b; }
        svg .today-line { stroke: var(--retracted); stroke-width: 2; stroke-dasharray: 4 3; } svg .today-label { fill: var(--retracted); font-size: 11px; }
        svg .cadence-bar .stable { fill: var(--ga); } svg .cadence-bar .prerelease { fill: #f2b36f; } svg .count { font-size: 11px; fill: #1b1b1b; }
        table { border-collapse: collapse; margin-top: 8px; } th, td { border: 1px solid #ddd; padding: 3px 10px; text-align: left; }
        .release { border-left: 4px solid var(--ga); padding: 2px 12px; margin: 12px 0; }
        .release.kind-patch { border-color: var(--patch); } .release.kind-prerelease { border-color: var(--pre); }
        .release.retracted { border-color: var(--retracted); background: #fff5f5; }
        .release h5 { font-size: 16px; margin: 6px 0; } .badge { font-size: 12px; padding: 1px 6px; border-radius: 8px; background: #eef; }
        .badge.retracted { background: var(--retracted); color: #fff; } .notes { font-size: 14px; } .empty, .date { color: var(--muted); }
        .notes h4, .notes h5, .notes h6 { font-size: 14px; margin: 10px 0 4px; }
        code { font-family: ui-monospace, monospace; font-size: 13px; }

        """;
}
