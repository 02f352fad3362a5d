using System.ComponentModel;
using System.Diagnostics;

namespace BackCareRoller.Storage.Live;

/// <summary>The real process probe, through <see cref="Process"/>.</summary>
internal sealed class ProcessProbe : IProcessProbe
{
    // Start times read back through /proc are rounded to clock ticks; two readings of one process agree far closer.
    private const long StartTimeToleranceMs = 2_000;

    public static ProcessProbe Instance { get; } = new();

    private ProcessProbe()
    {
        using var self = Process.GetCurrentProcess();
        Current = new OwnerIdentity(Environment.MachineName, self.Id, StartedUtcMs(self));
    }

    public OwnerIdentity Current { get; }

    public bool IsRunning(int processId, long? startedUtcMs)
    {
        try
        {
            using var process = Process.GetProcessById(processId);
            if (process.HasExited)
            {
                return false;
            }

            return startedUtcMs is not { } expected
                || StartedUtcMs(process) is not { } actual
                || Math.Abs(actual - expected) <= StartTimeToleranceMs;
        }
        catch (ArgumentException)
        {
            // No process has that id.
            return false;
        }
        catch (InvalidOperationException)
        {
            // It exited while being looked at.
            return false;
        }
    }

    private static long? StartedUtcMs(Process process)
    {
        try
        {
            return new DateTimeOffset(process.StartTime.ToUniversalTime()).ToUnixTimeMilliseconds();
        }
        catch (Exception exception) when (exception is InvalidOperationException or Win32Exception or NotSupportedException)
        {
            return null;
        }
    }
}
