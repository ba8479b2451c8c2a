namespace Steward.Core.Planning;

/// <summary>
/// A git hook Steward installs: a file in git's own hooks directory (<c>.git/hooks</c>, or <c>core.hooksPath</c>), which
/// no configuration path may reach, so it is a step of its own. <see cref="FullPath"/> is where git looks for it,
/// <see cref="ShownPath"/> how it is named to the user; it is written atomically and made executable.
/// </summary>
public sealed record GitHookStep(string FullPath, string ShownPath, string Text) : PlanStep
{
    public override string Kind => "git-hook";

    public byte[] Bytes => System.Text.Encoding.UTF8.GetBytes(Text);
}
