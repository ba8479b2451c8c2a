using System.Runtime.CompilerServices;

namespace Steward.Tests.Support;

/// <summary>
/// Compares a text the tool writes with its golden file under Golden/, whole. Set STEWARD_UPDATE_GOLDEN=1 to rewrite
/// the files from the current output; the diff is then reviewed like any other change.
/// </summary>
public static class Golden
{
    public static void Assert(string name, string actual, [CallerFilePath] string callerFile = "")
    {
        var directory = FindGoldenDirectory(Path.GetDirectoryName(callerFile)!);
        var path = Path.Combine(directory, name);
        if (System.Environment.GetEnvironmentVariable("STEWARD_UPDATE_GOLDEN") == "1")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, actual);
            return;
        }

        File.Exists(path).Should().BeTrue($"golden file {name} exists (run with STEWARD_UPDATE_GOLDEN=1 to create it)");
        actual.Should().Be(File.ReadAllText(path), $"output matches golden file {name}");
    }

    private static string FindGoldenDirectory(string start)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            if (dir.EnumerateFiles("*.csproj").Any())
            {
                return Path.Combine(dir.FullName, "Golden");
            }
        }

        throw new InvalidOperationException($"no test project above {start}");
    }
}
