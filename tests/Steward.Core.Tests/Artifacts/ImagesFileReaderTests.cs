using Steward.Core.Artifacts.Images;
using Steward.Core.Errors;

namespace Steward.Core.Tests.Artifacts;

public sealed class ImagesFileReaderTests
{
    [Fact]
    public void Reads_images_with_defaults()
    {
        var images = ImagesFileReader.Read("""
            {
              "images": [
                { "name": "ghcr.io/acme/app", "platforms": ["linux/amd64", "linux/arm64/v8"], "tags": ["stable"] },
                { "name": "acme/worker", "context": "worker", "dockerfile": "worker/Dockerfile" }
              ]
            }
            """);

        images.Should().HaveCount(2);
        images[0].Should().BeEquivalentTo(new ImageSpec("ghcr.io/acme/app", ".", "Dockerfile", ["linux/amd64", "linux/arm64/v8"], ["stable"]));
        images[1].Context.Should().Be("worker");
    }

    [Fact]
    public void A_bare_array_is_accepted()
    {
        ImagesFileReader.Read("""[{ "name": "localhost:5000/app" }]""").Single().Name.Should().Be("localhost:5000/app");
    }

    [Theory]
    [InlineData("{\n  \"images\": [\n    { \"name\": \"Acme/App\" }\n  ]\n}", "release-images.json:3: field 'images[0].name' 'Acme/App' is not a valid image name")]
    [InlineData("{\n  \"images\": [\n    { \"name\": \"acme/app\",\n      \"platform\": [\"linux/amd64\"] }\n  ]\n}", "release-images.json:4: field 'images[0].platform' is not a known field")]
    [InlineData("{\n  \"images\": [\n    { \"name\": \"acme/app\",\n      \"tags\": [\n        \"ok\",\n        \"-bad\"\n      ] }\n  ]\n}", "release-images.json:6: field 'images[0].tags[1]' '-bad' is not a Docker tag")]
    [InlineData("{\n  \"images\": [\n    { \"name\": \"acme/app\", \"platforms\": [\"amd64\"] }\n  ]\n}", "release-images.json:3: field 'images[0].platforms[0]' 'amd64' is not a platform")]
    [InlineData("{\n  \"images\": [\n    { \"name\": 42 }\n  ]\n}", "release-images.json:3: field 'images[0].name' must be a non-empty string, not a number")]
    [InlineData("{\n  \"images\": [\n    { \"context\": \".\" }\n  ]\n}", "release-images.json:3: field 'images[0].name' is missing")]
    [InlineData("{\n  \"images\": {}\n}", "release-images.json:2: field 'images' must be an array of images, not an object")]
    [InlineData("{\n  \"imgs\": []\n}", "release-images.json:2: field 'imgs' is not a known field")]
    [InlineData("{\n  \"images\": [\n    { \"name\": \"acme/app\", }\n  ]\n}", "release-images.json:3: not valid JSON")]
    [InlineData("", "release-images.json:1: the file is empty")]
    public void Malformed_files_name_file_line_and_field(string text, string expected)
    {
        var act = () => ImagesFileReader.Read(text);

        act.Should().Throw<StewardException>().Which.Message.Should().StartWith(expected);
    }
}
