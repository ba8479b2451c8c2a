using System.Globalization;

namespace Steward.Benchmarks;

/// <summary>
/// The version texts the benchmarks parse and sort: the shapes a release history holds (stable releases, release
/// candidates, the odd build suffix), made deterministically so every run measures the same input.
/// </summary>
internal static class VersionData
{
    /// <summary><paramref name="count"/> SemVer texts with a <c>v</c> prefix, as tags carry them, in shuffled order.</summary>
    public static string[] SemVerTags(int count)
    {
        var random = new Random(42);
        var result = new string[count];
        for (var i = 0; i < count; i++)
        {
            var core = string.Create(CultureInfo.InvariantCulture, $"v{random.Next(0, 20)}.{random.Next(0, 50)}.{random.Next(0, 100)}");
            result[i] = (i % 7) switch
            {
                0 => core + "-rc." + random.Next(1, 5).ToString(CultureInfo.InvariantCulture),
                1 => core + "-beta.2.x-y",
                2 => core + "+build.5",
                _ => core,
            };
        }

        return result;
    }

    /// <summary><paramref name="count"/> PEP 440 texts, covering pre, post, dev, epoch and local parts.</summary>
    public static string[] Pep440Versions(int count)
    {
        var random = new Random(42);
        var result = new string[count];
        for (var i = 0; i < count; i++)
        {
            var release = string.Create(CultureInfo.InvariantCulture, $"{random.Next(0, 20)}.{random.Next(0, 50)}.{random.Next(0, 100)}");
            result[i] = (i % 8) switch
            {
                0 => release + "rc" + random.Next(1, 5).ToString(CultureInfo.InvariantCulture),
                1 => release + "b2",
                2 => release + ".post1",
                3 => release + ".dev3",
                4 => "1!" + release,
                5 => release + "+local.7",
                _ => release,
            };
        }

        return result;
    }
}
