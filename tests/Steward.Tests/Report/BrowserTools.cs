using System.Diagnostics;

namespace Steward.Tests.Report;

/// <summary>
/// Headless Chromium, as tests/browser/install.sh installs it (Debian's chromium at /usr/bin/chromium). Missing
/// locally, the browser tests are skipped with a message saying so; .ci/run installs it and sets
/// STEWARD_BROWSER_REQUIRED=1, so there they fail rather than skip.
/// </summary>
internal static class BrowserTools
{
    public const string Category = "Browser";

    public const string Chromium = "/usr/bin/chromium";

    /// <summary>Why the browser tests cannot run here, or null when they can.</summary>
    public static string? Missing()
    {
        if (File.Exists(Chromium) || Environment.GetEnvironmentVariable("STEWARD_BROWSER_REQUIRED") == "1")
        {
            return null;
        }

        return "chromium not installed: run tests/browser/install.sh (as root, Debian) to open steward report's page in headless Chromium";
    }

    /// <summary>
    /// Runs headless Chromium on <paramref name="url"/> with a new profile and nothing that calls home (no sync, no
    /// component updates, no background networking), plus <paramref name="arguments"/>; its standard output.
    /// </summary>
    public static string Run(string url, params string[] arguments)
    {
        var profile = Directory.CreateTempSubdirectory("steward-chromium-");
        try
        {
            var info = new ProcessStartInfo(Chromium)
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            foreach (var argument in new[]
            {
                "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage", $"--user-data-dir={profile.FullName}",
            }.Concat(arguments).Append(url))
            {
                info.ArgumentList.Add(argument);
            }

            using var process = Process.Start(info)!;
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(TimeSpan.FromMinutes(3)))
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException($"chromium did not finish within 3 minutes: {error.Result}");
            }

            if (process.ExitCode != 0)
            {
                throw new InvalidOperationException($"chromium exited with {process.ExitCode}: {error.Result}");
            }

            return output.Result;
        }
        finally
        {
            profile.Delete(recursive: true);
        }
    }
}
