using System.Diagnostics;

namespace Steward.Tests.Support;

/// <summary>
/// Runs the built tool as its own process, as a user's shell would: steward.dll beside the tests, or, when
/// <c>STEWARD_TEST_BINARY</c> names an executable (the Native AOT build in .ci/run), that binary.
/// </summary>
public static class ProcessRunner
{
    /// <summary>The executable the tests run instead of <c>dotnet steward.dll</c>, e.g. the native build.</summary>
    public const string BinaryVariable = "STEWARD_TEST_BINARY";
    public static StewardResult Run(string directory, string? standardInput, params string[] args) =>
        RunWith(directory, null, standardInput, args);

    /// <summary>As <see cref="Run"/>, with variables added to (or overriding) the test environment.</summary>
    public static StewardResult RunWith(string directory, IReadOnlyDictionary<string, string?>? environment, string? standardInput, params string[] args)
    {
        var binary = System.Environment.GetEnvironmentVariable(BinaryVariable);
        var info = new ProcessStartInfo(string.IsNullOrEmpty(binary) ? "dotnet" : Path.GetFullPath(binary))
        {
            WorkingDirectory = directory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        if (string.IsNullOrEmpty(binary))
        {
            info.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "steward.dll"));
        }

        foreach (var a in args)
        {
            info.ArgumentList.Add(a);
        }

        foreach (var (k, v) in TestEnvironment.Create(environment))
        {
            info.Environment[k] = v;
        }

        using var process = Process.Start(info)!;
        var errorTask = process.StandardError.ReadToEndAsync();
        if (standardInput is not null)
        {
            process.StandardInput.Write(standardInput);
        }

        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return new StewardResult(process.ExitCode, output, errorTask.Result);
    }
}
