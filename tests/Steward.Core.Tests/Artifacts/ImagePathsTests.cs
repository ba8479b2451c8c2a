using Steward.Core.Artifacts.Images;

namespace Steward.Core.Tests.Artifacts;

public sealed class ImagePathsTests
{
    [Theory]
    [InlineData(".", "Dockerfile", "Dockerfile")]
    [InlineData("worker", "worker/Dockerfile", "Dockerfile")]
    [InlineData("./worker/", "worker/build/Dockerfile", "build/Dockerfile")]
    [InlineData("services/api", "docker/api.Dockerfile", "../../docker/api.Dockerfile")]
    [InlineData("services/api", "services/web/Dockerfile", "../web/Dockerfile")]
    [InlineData(".", "docker/Dockerfile", "docker/Dockerfile")]
    public void The_dockerfile_is_rewritten_relative_to_the_context(string context, string dockerfile, string expected) =>
        ImagePaths.RelativeToContext(context, dockerfile).Should().Be(expected);

    [Theory]
    [InlineData(".", "Dockerfile")]
    [InlineData("worker", "worker/Dockerfile")]
    [InlineData("./a/b/", "a/b/Dockerfile")]
    public void The_default_dockerfile_is_the_one_in_the_context(string context, string expected) =>
        ImagePaths.DefaultDockerfile(context).Should().Be(expected);
}
