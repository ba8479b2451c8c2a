using System.Diagnostics;
using Steward.Tests.Forge.Contract;

namespace Steward.Tests.Ci;

/// <summary>Runs one of the contract directory's node checkers on files: its findings, one per line, and its exit code.</summary>
internal static class NodeTool
{
    public static (List<string> Findings, int ExitCode) Run(string script, IReadOnlyList<string> files)
    {
        var info = new ProcessStartInfo("node") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = ContractTools.Directory };
        info.ArgumentList.Add(script);
        foreach (var file in files)
        {
            info.ArgumentList.Add(file);
        }

        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        error.Should().BeEmpty("{0} ran", Path.GetFileName(script));
        return ([.. output.Result.Split('\n', StringSplitOptions.RemoveEmptyEntries)], process.ExitCode);
    }
}
