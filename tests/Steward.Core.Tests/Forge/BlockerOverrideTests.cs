using Steward.Core.Forge;
using Steward.Core.Freeze;

namespace Steward.Core.Tests.Forge;

public class BlockerOverrideTests
{
    private static readonly BlockerOverride Override = new(
        "Ada <ada@example.com>", "known issue,\nshipped anyway", [new ForgeIssue(7, "Crash", "https://github.com/a/b/issues/7", false)]);

    [Fact]
    public void Trailers_follow_the_message_after_a_blank_line_on_one_line_each()
    {
        Override.AppendTo("chore(release): 1.2.0\n").Should().Be(
            "chore(release): 1.2.0\n\nBlockers-Ignored: known issue, shipped anyway\nBlockers-Ignored-By: Ada <ada@example.com>\nBlocker: https://github.com/a/b/issues/7\n");
    }

    [Fact]
    public void After_a_freeze_override_the_trailers_form_one_block()
    {
        var frozen = new FreezeOverride("Ada <ada@example.com>", "hotfix", []).AppendTo("chore(release): 1.2.0");

        Override.AppendTo(frozen).Should().Be(
            "chore(release): 1.2.0\n\nFreeze-Override: hotfix\nFreeze-Override-By: Ada <ada@example.com>\nBlockers-Ignored: known issue, shipped anyway\nBlockers-Ignored-By: Ada <ada@example.com>\nBlocker: https://github.com/a/b/issues/7\n");
    }
}
