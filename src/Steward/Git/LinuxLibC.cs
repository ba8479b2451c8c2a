using System.Runtime.InteropServices;

namespace Steward.Git;

/// <summary>
/// The C library calls <see cref="SpawnedGit"/> starts and waits for git with (glibc on Linux; the constants are
/// Linux's, the same on x64 and arm64). Opaque C structures live in native memory, where the collector never moves them.
/// </summary>
internal static partial class LinuxLibC
{
    public const int EINTR = 4;
    public const int ECHILD = 10;
    public const int SIGKILL = 9;
    public const int SIGPIPE = 13;
    public const int SIGCHLD = 17;
    public const int OCloexec = 0x80000;
    public const uint MfdCloexec = 1;
    public const short PosixSpawnSetSigDef = 0x04;
    public const short PosixSpawnSetSigMask = 0x08;
    public const int WNoHang = 1;

    // glibc's posix_spawn_file_actions_t is 80 bytes, posix_spawnattr_t 336, sigset_t 128, struct sigaction 152 (x64
    // and arm64): allocated with room to spare.
    public const int OpaqueSize = 512;

    private const string Library = "libc";

    [LibraryImport(Library, EntryPoint = "pipe2", SetLastError = true)]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    public static partial int Pipe2(Span<int> fds, int flags);

    [LibraryImport(Library, EntryPoint = "memfd_create", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    public static partial int MemfdCreate(string name, uint flags);

    [LibraryImport(Library, EntryPoint = "close", SetLastError = true)]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    public static partial int Close(int fd);

    [LibraryImport(Library, EntryPoint = "waitpid", SetLastError = true)]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    public static partial int WaitPid(int pid, out int status, int options);

    [LibraryImport(Library, EntryPoint = "kill", SetLastError = true)]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    public static partial int Kill(int pid, int signal);

    [LibraryImport(Library, EntryPoint = "getpid")]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    public static partial int GetPid();

    [LibraryImport(Library, EntryPoint = "sigaction", SetLastError = true)]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    public static partial int SigAction(int signal, nint action, nint oldAction);

    [LibraryImport(Library, EntryPoint = "sigemptyset")]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    public static partial int SigEmptySet(nint set);

    [LibraryImport(Library, EntryPoint = "sigaddset")]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    public static partial int SigAddSet(nint set, int signal);

    [LibraryImport(Library, EntryPoint = "posix_spawn_file_actions_init")]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    public static partial int FileActionsInit(nint actions);

    [LibraryImport(Library, EntryPoint = "posix_spawn_file_actions_destroy")]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    public static partial int FileActionsDestroy(nint actions);

    [LibraryImport(Library, EntryPoint = "posix_spawn_file_actions_adddup2")]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    public static partial int FileActionsAddDup2(nint actions, int fd, int newFd);

    [LibraryImport(Library, EntryPoint = "posix_spawn_file_actions_addchdir_np", StringMarshalling = StringMarshalling.Utf8)]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    public static partial int FileActionsAddChdir(nint actions, string path);

    [LibraryImport(Library, EntryPoint = "posix_spawnattr_init")]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    public static partial int AttrInit(nint attributes);

    [LibraryImport(Library, EntryPoint = "posix_spawnattr_destroy")]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    public static partial int AttrDestroy(nint attributes);

    [LibraryImport(Library, EntryPoint = "posix_spawnattr_setflags")]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    public static partial int AttrSetFlags(nint attributes, short flags);

    [LibraryImport(Library, EntryPoint = "posix_spawnattr_setsigmask")]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    public static partial int AttrSetSigMask(nint attributes, nint set);

    [LibraryImport(Library, EntryPoint = "posix_spawnattr_setsigdefault")]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    public static partial int AttrSetSigDefault(nint attributes, nint set);

    [LibraryImport(Library, EntryPoint = "posix_spawn", StringMarshalling = StringMarshalling.Utf8)]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    public static partial int PosixSpawn(out int pid, string path, nint actions, nint attributes, nint argv, nint envp);
}
