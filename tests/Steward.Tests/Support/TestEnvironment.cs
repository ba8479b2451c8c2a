namespace Steward.Tests.Support;

/// <summary>
/// The environment every test's git runs under: no global or system config, a pinned author and committer, no
/// signing, and `main` as the first branch, so that no test depends on the machine's own git setup.
/// </summary>
public static class TestEnvironment
{
    public static IReadOnlyDictionary<string, string?> Create(IReadOnlyDictionary<string, string?>? extra = null)
    {
        var env = new Dictionary<string, string?>(StringComparer.Ordinal)
        {
            ["GIT_CONFIG_GLOBAL"] = "/dev/null",
            ["GIT_CONFIG_NOSYSTEM"] = "1",
            ["GIT_AUTHOR_NAME"] = "Test Author",
            ["GIT_AUTHOR_EMAIL"] = "author@example.com",
            ["GIT_COMMITTER_NAME"] = "Test Committer",
            ["GIT_COMMITTER_EMAIL"] = "committer@example.com",
            ["GIT_CONFIG_COUNT"] = "4",
            ["GIT_CONFIG_KEY_0"] = "commit.gpgsign",
            ["GIT_CONFIG_VALUE_0"] = "false",
            ["GIT_CONFIG_KEY_1"] = "tag.gpgsign",
            ["GIT_CONFIG_VALUE_1"] = "false",
            ["GIT_CONFIG_KEY_2"] = "init.defaultBranch",
            ["GIT_CONFIG_VALUE_2"] = "main",
            ["GIT_CONFIG_KEY_3"] = "core.hooksPath",
            ["GIT_CONFIG_VALUE_3"] = "/dev/null",
            ["NO_COLOR"] = "1",
            ["GITHUB_OUTPUT"] = null,
            ["GITHUB_ACTIONS"] = null,
            ["STEWARD_FREEZE"] = null,
        };
        if (extra is not null)
        {
            foreach (var (key, value) in extra)
            {
                env[key] = value;
            }
        }

        return env;
    }
}
