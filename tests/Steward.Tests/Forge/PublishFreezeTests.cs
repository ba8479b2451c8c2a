using FluentAssertions;
using Steward.Tests.Support;
using Xunit;

namespace Steward.Tests.Forge;

/// <summary>steward publish during a freeze: refused with exit 4 before any call to the forge, unless overridden.</summary>
public sealed class PublishFreezeTests : IAsyncLifetime
{
    private FakeGitHub github = null!;
    private PublishFixture fixture = null!;

    public async Task InitializeAsync()
    {
        github = await FakeGitHub.StartAsync();
        fixture = PublishFixture.Create(github.Url);
        fixture.Environment["STEWARD_FREEZE"] = "release week";
    }

    public async Task DisposeAsync()
    {
        fixture.Dispose();
        await github.DisposeAsync();
    }

    [Fact]
    public void A_freeze_refuses_publish_with_exit_4_and_writes_nothing_on_the_forge()
    {
        var result = fixture.Run("publish");

        result.ExitCode.Should().Be(4, result.Error);
        result.Error.Should().Contain("steward: frozen: publish on 'main' refused").And.Contain("release week");
        github.Writes.Should().BeEmpty();
        github.Releases.Should().BeEmpty();
    }

    [Fact]
    public void An_override_with_a_reason_publishes_and_says_who_overrode_it()
    {
        var result = fixture.Run("publish", "--override-freeze", "--reason", "security fix");

        result.ExitCode.Should().Be(0, result.Error);
        result.Error.Should().Contain("overridden by").And.Contain("security fix");
        github.Releases.Should().ContainSingle().Which.Draft.Should().BeFalse();
    }
}
