using System.Runtime.InteropServices;

namespace BackCareRoller.DBus.Transport;

/// <summary>The process's Unix identity, which SASL EXTERNAL asks the server to check against the socket's peer credentials.</summary>
internal static partial class UnixCredentials
{
    /// <summary>Returns the effective user id of this process.</summary>
    public static uint EffectiveUserId() => GetEffectiveUserId();

    [LibraryImport("libc", EntryPoint = "geteuid")]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static partial uint GetEffectiveUserId();
}
