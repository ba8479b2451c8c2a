using System.Runtime.InteropServices;

namespace Steward.Git;

/// <summary>A NULL-ended array of NUL-ended UTF-8 strings in native memory, as <c>execve</c> takes argv and envp.</summary>
internal static class NativeStrings
{
    public static nint Allocate(IReadOnlyList<string> strings)
    {
        var array = Marshal.AllocHGlobal(nint.Size * (strings.Count + 1));
        for (var i = 0; i < strings.Count; i++)
        {
            Marshal.WriteIntPtr(array, i * nint.Size, Marshal.StringToCoTaskMemUTF8(strings[i]));
        }

        Marshal.WriteIntPtr(array, strings.Count * nint.Size, 0);
        return array;
    }

    public static void Free(nint array)
    {
        for (var offset = 0; Marshal.ReadIntPtr(array, offset) is var item && item != 0; offset += nint.Size)
        {
            Marshal.FreeCoTaskMem(item);
        }

        Marshal.FreeHGlobal(array);
    }
}
