using System.Diagnostics;
using System.Runtime.ExceptionServices;
using Steward.Core.Configuration;
using Steward.Core.Errors;
using Steward.Core.Planning;
using Steward.Workspace;

namespace Steward.Engine;

/// <summary>
/// Runs a configured gate or hook: an argument array (never a shell), in a directory inside the repository, with a
/// timeout. Its output streams live to the console and is kept whole in a log file.
/// </summary>
/// <remarks>
/// The order that is guaranteed: each of the command's two streams reaches the console and the log whole, line by line,
/// in the order the command wrote it, and the console and the log see the same lines in the same order. Between a line
/// on stdout and a line on stderr there is no order: they travel through two pipes read by two readers, as in any CI
/// log, so a command that needs its messages in one order writes them to one stream. The readers run on other threads;
/// whatever fails there (a full disk under the log, a closed console) is carried back and thrown here, never left
/// unhandled on their thread, and the process is disposed only after both readers have seen the end of their stream.
/// </remarks>
internal sealed class ExternalCommandRunner(string root, IReadOnlyDictionary<string, string?> environment, TextWriter output)
{
    private readonly Lock writeLock = new();
    private ExceptionDispatchInfo? backgroundFailure;

    /// <summary>
    /// How often a person at a terminal is told that a quiet command is still running; null (pipes, CI logs, tests)
    /// prints nothing extra, so logs stay exactly the command's output.
    /// </summary>
    public TimeSpan? ProgressInterval { get; init; }

    public CommandOutcome Run(GateConfig gate, string what, string logPath, IReadOnlyDictionary<string, string?>? extraEnvironment = null)
    {
        if (gate.Command.Count == 0 || string.IsNullOrWhiteSpace(gate.Command[0]))
        {
            throw Messages.CommandMissing(what, gate.Name);
        }

        var timeout = DurationParser.Parse(gate.Timeout, $"steward.yml: {what} '{gate.Name}'");
        var directory = gate.WorkingDirectory is "." or "" ? root : SafePath.ForWriting(root, gate.WorkingDirectory);
        if (!Directory.Exists(directory))
        {
            throw Messages.CommandDirectoryMissing(what, gate.Name, gate.WorkingDirectory);
        }

        var info = new ProcessStartInfo(gate.Command[0])
        {
            WorkingDirectory = directory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        foreach (var argument in gate.Command.Skip(1))
        {
            info.ArgumentList.Add(argument);
        }

        foreach (var (key, value) in environment)
        {
            info.Environment[key] = value;
        }

        foreach (var (key, value) in extraEnvironment ?? new Dictionary<string, string?>())
        {
            info.Environment[key] = value;
        }

        Directory.CreateDirectory(Path.GetDirectoryName(logPath)!);
        using var log = new StreamWriter(logPath, append: false);
        var clock = Stopwatch.StartNew();
        Process process;
        try
        {
            process = Process.Start(info)!;
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw Messages.CommandNotStarted(what, gate.Name, gate.Command[0], e.Message, e);
        }

        using (process)
        {
            process.StandardInput.Close();
            process.OutputDataReceived += (_, e) => Echo(e.Data, gate.Name, log);
            process.ErrorDataReceived += (_, e) => Echo(e.Data, gate.Name, log);
            process.BeginOutputReadLine();
            process.BeginErrorReadLine();
            using var progress = ProgressInterval is { } interval
                ? new Timer(_ => Tell($"  [{gate.Name}] still running ({clock.Elapsed.TotalSeconds:0}s of {timeout.TotalSeconds:0}s)"), null, interval, interval)
                : null;
            var finished = process.WaitForExit(timeout);
            if (!finished)
            {
                // The whole tree: a test runner's children must not outlive the release that timed them out.
                process.Kill(entireProcessTree: true);
            }

            // Without a timeout, WaitForExit also waits for both readers to reach the end of their streams, so that no
            // line arrives after the log is closed and no reader outlives the process.
            process.WaitForExit();
            if (progress is not null)
            {
                // A tick already under way finishes before the command is reported done, never after.
                using var ticksDone = new ManualResetEvent(false);
                if (progress.Dispose(ticksDone))
                {
                    ticksDone.WaitOne();
                }
            }

            lock (writeLock)
            {
                var failure = backgroundFailure;
                backgroundFailure = null;
                failure?.Throw();
            }

            return finished ? new CommandOutcome(process.ExitCode, false, clock.Elapsed) : new CommandOutcome(-1, true, clock.Elapsed);
        }
    }

    private void Tell(string line) => OnBackground(() => output.WriteLine(line));

    private void Echo(string? line, string name, StreamWriter log)
    {
        if (line is null)
        {
            return;
        }

        OnBackground(() =>
        {
            output.WriteLine($"  [{name}] {line}");
            log.WriteLine(line);
        });
    }

    /// <summary>Writes from a reader's or the timer's thread; the first failure is kept for the caller's thread.</summary>
    private void OnBackground(Action write)
    {
        lock (writeLock)
        {
            if (backgroundFailure is not null)
            {
                return;
            }

            try
            {
                write();
            }
#pragma warning disable CA1031 // Not swallowed: carried to the caller's thread and thrown there once the command ends.
            catch (Exception e)
#pragma warning restore CA1031
            {
                backgroundFailure = ExceptionDispatchInfo.Capture(e);
            }
        }
    }
}
