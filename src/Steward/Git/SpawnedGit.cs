using System.Collections;
using System.ComponentModel;
using System.Runtime.InteropServices;
using System.Runtime.Versioning;
using System.Text;
using Microsoft.Win32.SafeHandles;
using Steward.Core.Errors;

namespace Steward.Git;

/// <summary>
/// A git started by Steward's own launcher on Linux: <c>posix_spawn</c> with its pipes made here, instead of
/// <see cref="System.Diagnostics.Process"/>, whose start costs a short git more than the git itself (bench/native.md:
/// a PATH search and a copy of the environment on every start, and above all a thread started for stderr).
/// </summary>
/// <remarks>
/// <para>Every descriptor is made close-on-exec, so a git inherits only the three it is given: a git that held another
/// git's stdout open would keep that git's reader waiting forever. Standard output and input are plain pipes, read and
/// written through <see cref="FileStream"/> (no socket engine behind them). Standard error goes to an anonymous
/// in-memory file (<c>memfd_create</c>) that Steward reads once git has exited: no thread to start, no pipe that can fill
/// up, and a detached child of git still holding it cannot hold Steward.</para>
/// <para>git starts with an empty signal mask and SIGPIPE at its default: the runtime ignores SIGPIPE, and an ignored
/// signal survives exec, so a git whose reader went away would otherwise keep writing into errors instead of
/// stopping. Handled signals are reset by exec itself.</para>
/// <para>Only Steward reaps it (<c>waitpid</c> on its pid): the runtime's SIGCHLD handling reaps only the children
/// <see cref="System.Diagnostics.Process"/> started (ProcessWaitState.CheckChildren), except when Steward is pid 1
/// or started with SIGCHLD ignored, when the runtime or the kernel reaps every child; <see cref="Usable"/> then says no
/// and git starts through <see cref="System.Diagnostics.Process"/>.</para>
/// </remarks>
[SupportedOSPlatform("linux")]
internal sealed class SpawnedGit : IGitChild
{
    private static readonly Lazy<bool> CanSpawn = new(ProbeSpawn);

    private readonly int pid;
    private readonly SafeFileHandle errorFile;
    private readonly StreamWriter? input;
    private readonly Lock gate = new();
    private int? exitCode;

    private SpawnedGit(int pid, SafeFileHandle output, SafeFileHandle? input, SafeFileHandle errorFile)
    {
        this.pid = pid;
        this.errorFile = errorFile;
        // As Process makes them: UTF-8 without a byte order mark both ways, a mark on the output skipped, every write sent at once.
        StandardOutput = new StreamReader(new FileStream(output, FileAccess.Read, 0), new UTF8Encoding(false), detectEncodingFromByteOrderMarks: true, 4096);
        if (input is not null)
        {
            this.input = new StreamWriter(new FileStream(input, FileAccess.Write, 0), new UTF8Encoding(false), 4096) { AutoFlush = true };
        }
    }

    /// <summary>Whether git can start through this launcher here; else through <see cref="System.Diagnostics.Process"/>.</summary>
    [SupportedOSPlatformGuard("linux")]
    public static bool Usable => OperatingSystem.IsLinux() && CanSpawn.Value;

    public StreamReader StandardOutput { get; }

    public StreamWriter StandardInput => input ?? throw new InvalidOperationException("git's standard input was not redirected");

    public int ExitCode => exitCode ?? throw new InvalidOperationException("git has not exited yet");

    /// <summary>Starts git with <paramref name="arguments"/> in <paramref name="workingDirectory"/>.</summary>
    /// <param name="environment">Overrides of Steward's own environment; a null value removes the variable.</param>
    public static SpawnedGit Start(IReadOnlyList<string> arguments, string workingDirectory, IReadOnlyDictionary<string, string?> environment, bool redirectInput)
    {
        var git = GitExecutable.Find();
        Span<int> output = [-1, -1];
        Span<int> inputPipe = [-1, -1];
        var error = -1;
        var actions = Marshal.AllocHGlobal(LinuxLibC.OpaqueSize);
        var attributes = Marshal.AllocHGlobal(LinuxLibC.OpaqueSize);
        var signals = Marshal.AllocHGlobal(LinuxLibC.OpaqueSize);
        var argv = NativeStrings.Allocate(["git", .. arguments]);
        var envp = NativeStrings.Allocate(Environ(environment));
        var started = false;
        try
        {
            Check(LinuxLibC.Pipe2(output, LinuxLibC.OCloexec));
            if (redirectInput)
            {
                Check(LinuxLibC.Pipe2(inputPipe, LinuxLibC.OCloexec));
            }

            error = LinuxLibC.MemfdCreate("git stderr", LinuxLibC.MfdCloexec);
            Check(error);

            Set(LinuxLibC.FileActionsInit(actions));
            if (redirectInput)
            {
                Set(LinuxLibC.FileActionsAddDup2(actions, inputPipe[0], 0));
            }

            Set(LinuxLibC.FileActionsAddDup2(actions, output[1], 1));
            Set(LinuxLibC.FileActionsAddDup2(actions, error, 2));
            Set(LinuxLibC.FileActionsAddChdir(actions, workingDirectory));

            Set(LinuxLibC.AttrInit(attributes));
            Set(LinuxLibC.SigEmptySet(signals));
            Set(LinuxLibC.AttrSetSigMask(attributes, signals));
            Set(LinuxLibC.SigAddSet(signals, LinuxLibC.SIGPIPE));
            Set(LinuxLibC.AttrSetSigDefault(attributes, signals));
            Set(LinuxLibC.AttrSetFlags(attributes, LinuxLibC.PosixSpawnSetSigDef | LinuxLibC.PosixSpawnSetSigMask));

            var failed = LinuxLibC.PosixSpawn(out var pid, git, actions, attributes, argv, envp);
            if (failed != 0)
            {
                // As Process reports it: git missing, not executable, or the working directory gone.
                throw Messages.GitNotInstalled(new Win32Exception(failed));
            }

            started = true;
#pragma warning disable CA2000 // The child owns the handles from here; it closes them in Dispose.
            return new SpawnedGit(
                pid,
                new SafeFileHandle(output[0], ownsHandle: true),
                redirectInput ? new SafeFileHandle(inputPipe[1], ownsHandle: true) : null,
                new SafeFileHandle(error, ownsHandle: true));
#pragma warning restore CA2000
        }
        finally
        {
            _ = LinuxLibC.FileActionsDestroy(actions);
            _ = LinuxLibC.AttrDestroy(attributes);
            Marshal.FreeHGlobal(actions);
            Marshal.FreeHGlobal(attributes);
            Marshal.FreeHGlobal(signals);
            NativeStrings.Free(argv);
            NativeStrings.Free(envp);

            // git's own ends, which only git may hold; and on failure, Steward's too.
            CloseIfOpen(output[1]);
            CloseIfOpen(inputPipe[0]);
            if (!started)
            {
                CloseIfOpen(output[0]);
                CloseIfOpen(inputPipe[1]);
                CloseIfOpen(error);
            }
        }
    }

    public void WaitForExit()
    {
        lock (gate)
        {
            exitCode ??= Reap(block: true);
        }
    }

    public bool WaitForExit(TimeSpan timeout)
    {
        var until = DateTime.UtcNow + timeout;
        var pause = 1;
        while (true)
        {
            lock (gate)
            {
                if ((exitCode ??= Reap(block: false)) is not null)
                {
                    return true;
                }
            }

            if (DateTime.UtcNow >= until)
            {
                return false;
            }

            Thread.Sleep(pause);
            pause = Math.Min(pause * 2, 50);
        }
    }

    public void Kill()
    {
        // Not reaped yet, so the pid is still this git's. Its children first (a hook, a pager-less alias), as Process does.
        try
        {
            using var process = System.Diagnostics.Process.GetProcessById(pid);
            process.Kill(entireProcessTree: true);
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException or Win32Exception)
        {
            // Gone already, or beyond reach: the kill below is all that is left.
        }

        LinuxLibC.Kill(pid, LinuxLibC.SIGKILL);
    }

    public void FinishErrorOutput()
    {
        // Nothing reads stderr while git runs: it is a file, read whole by ErrorText.
    }

    public string ErrorText()
    {
        var bytes = new byte[RandomAccess.GetLength(errorFile)];
        var offset = 0;
        int read;
        while (offset < bytes.Length && (read = RandomAccess.Read(errorFile, bytes.AsSpan(offset), offset)) > 0)
        {
            offset += read;
        }

        return GitErrorOutput.Lines(bytes.AsSpan(0, offset));
    }

    public void Dispose()
    {
        StandardOutput.Dispose();
        try
        {
            input?.Dispose();
        }
        catch (IOException)
        {
            // git is gone with input unread (a broken pipe): the handle is closed all the same.
        }

        errorFile.Dispose();
        lock (gate)
        {
            // A git nobody waited for (its start failed half-way in the caller) is not left a zombie if it has ended.
            exitCode ??= Reap(block: false);
        }
    }

    private static bool ProbeSpawn()
    {
        // pid 1 reaps every child (a container without an init); an ignored SIGCHLD makes the kernel reap them.
        try
        {
            if (LinuxLibC.GetPid() == 1 || SigChldIgnored())
            {
                return false;
            }

            // posix_spawn_file_actions_addchdir_np came with glibc 2.29; an older C library lacks it.
            var actions = Marshal.AllocHGlobal(LinuxLibC.OpaqueSize);
            try
            {
                Set(LinuxLibC.FileActionsInit(actions));
                var failed = LinuxLibC.FileActionsAddChdir(actions, "/");
                _ = LinuxLibC.FileActionsDestroy(actions);
                return failed == 0;
            }
            finally
            {
                Marshal.FreeHGlobal(actions);
            }
        }
        catch (Exception e) when (e is EntryPointNotFoundException or DllNotFoundException)
        {
            return false;
        }
    }

    private static bool SigChldIgnored()
    {
        var action = Marshal.AllocHGlobal(LinuxLibC.OpaqueSize);
        try
        {
            // struct sigaction starts with the handler; SIG_IGN is 1.
            return LinuxLibC.SigAction(LinuxLibC.SIGCHLD, 0, action) == 0 && Marshal.ReadIntPtr(action) == 1;
        }
        finally
        {
            Marshal.FreeHGlobal(action);
        }
    }

    private static List<string> Environ(IReadOnlyDictionary<string, string?> overrides)
    {
        var variables = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (DictionaryEntry entry in Environment.GetEnvironmentVariables())
        {
            variables[(string)entry.Key] = (string?)entry.Value;
        }

        foreach (var (key, value) in overrides)
        {
            variables[key] = value;
        }

        // Never wait on a credential prompt: Steward runs unattended in CI as often as at a terminal.
        variables["GIT_TERMINAL_PROMPT"] = "0";
        return variables.Where(v => v.Value is not null).Select(v => v.Key + "=" + v.Value).ToList();
    }

    private static void Check(int result)
    {
        if (result < 0)
        {
            throw Messages.GitNotStarted();
        }
    }

    // posix_spawn's set-up calls answer 0 or an error number (out of memory, in practice).
    private static void Set(int result)
    {
        if (result != 0)
        {
            throw Messages.GitNotStarted();
        }
    }

    private static void CloseIfOpen(int fd)
    {
        if (fd >= 0)
        {
            LinuxLibC.Close(fd);
        }
    }

    // waitpid on this git: its exit code, or null while it runs (block: false). ECHILD means someone else reaped it,
    // which Usable rules out; it is not taken for an exit code.
    private int? Reap(bool block)
    {
        while (true)
        {
            var reaped = LinuxLibC.WaitPid(pid, out var status, block ? 0 : LinuxLibC.WNoHang);
            if (reaped == pid)
            {
                var signal = status & 0x7f;
                return signal == 0 ? (status >> 8) & 0xff : 128 + signal;
            }

            if (reaped == 0)
            {
                return null;
            }

            var errno = Marshal.GetLastPInvokeError();
            if (errno != LinuxLibC.EINTR)
            {
                throw new InvalidOperationException($"git (pid {pid}) could not be waited for: errno {errno}", new Win32Exception(errno));
            }
        }
    }
}
