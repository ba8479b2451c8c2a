using System.Diagnostics;

namespace Steward.Tests.Support;

/// <summary>Runs the built tool (steward.dll beside the tests) as its own process, as a user's shell would.</summary>
public static class ProcessRunner
{
    public static StewardResult Run(string directory, string? standardInput, params string[] args) =>
        RunWith(directory, null, standardInput, args);

    /// <summary>As <see cref="Run"/>, with variables added to (or overriding) the test environment.</summary>
    public static StewardResult RunWith(string directory, IReadOnlyDictionary<string, string?>? environment, string? standardInput, params string[] args)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = directory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "steward.dll"));
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
