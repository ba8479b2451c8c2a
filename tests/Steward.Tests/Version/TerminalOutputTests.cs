using System.Diagnostics;

namespace Steward.Tests.Version;

/// <summary>
/// Run at a terminal (a pseudo-terminal from util-linux's script, as a log captured from a terminal is), the built
/// tool writes its text and nothing else: no keypad-mode codes (ESC[?1h ESC=) at start or after each git process.
/// Needs util-linux's script (Linux CI runners and this project's machines have it).
/// </summary>
public sealed class TerminalOutputTests
{
    [Fact]
    public void Output_to_a_terminal_has_no_escape_codes()
    {
        RunAtTerminal("version").Should().Be("1.2.3\r\n");
    }

    [Fact]
    public void Help_at_a_terminal_has_no_escape_codes()
    {
        var output = RunAtTerminal("--help");

        output.Should().StartWith("Description:").And.Contain("next").And.NotContain("\u001b");
    }

    [Fact]
    public void Output_redirected_to_a_file_is_kept_when_the_next_command_writes_there_too()
    {
        // A CI log is often one file that several commands write in turn: Steward's lines must stay in it.
        var repo = Directory.CreateTempSubdirectory("steward-log-");
        try
        {
            File.WriteAllText(Path.Combine(repo.FullName, "VERSION"), "1.2.3\n");
            Git(repo.FullName, "init", "-q", "--initial-branch=main");
            var steward = Path.Combine(AppContext.BaseDirectory, "steward.dll");
            var info = new ProcessStartInfo("sh") { WorkingDirectory = repo.FullName, UseShellExecute = false };
            foreach (var argument in new[] { "-c", $"{{ echo before; dotnet '{steward}' version; dotnet '{steward}' version --bogus; echo after; }} > log 2>&1" })
            {
                info.ArgumentList.Add(argument);
            }

            using (var process = Process.Start(info)!)
            {
                process.WaitForExit();
            }

            File.ReadAllText(Path.Combine(repo.FullName, "log")).Should().MatchRegex(@"^before\n1\.2\.3\nsteward: error: [^\n]*--bogus[^\n]*\nafter\n$");
        }
        finally
        {
            repo.Delete(recursive: true);
        }
    }

    private static string RunAtTerminal(string arguments)
    {
        var repo = Directory.CreateTempSubdirectory("steward-tty-");
        try
        {
            File.WriteAllText(Path.Combine(repo.FullName, "VERSION"), "1.2.3\n");
            Git(repo.FullName, "init", "-q", "--initial-branch=main");
            var steward = Path.Combine(AppContext.BaseDirectory, "steward.dll");
            var info = new ProcessStartInfo("script")
            {
                WorkingDirectory = repo.FullName,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                RedirectStandardInput = true,
                UseShellExecute = false,
            };
            foreach (var argument in new[] { "-q", "-e", "-c", $"dotnet '{steward}' {arguments}", "/dev/null" })
            {
                info.ArgumentList.Add(argument);
            }

            info.Environment["TERM"] = "xterm";
            using var process = Process.Start(info)!;
            process.StandardInput.Close();
            var output = process.StandardOutput.ReadToEnd();
            process.WaitForExit();

            process.ExitCode.Should().Be(0, output);
            return output;
        }
        finally
        {
            repo.Delete(recursive: true);
        }
    }

    private static void Git(string directory, params string[] arguments)
    {
        var info = new ProcessStartInfo("git") { WorkingDirectory = directory, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        using var process = Process.Start(info)!;
        process.WaitForExit();
    }
}
