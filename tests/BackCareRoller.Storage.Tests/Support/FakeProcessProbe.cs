using BackCareRoller.Storage.Live;

namespace BackCareRoller.Storage.Tests.Support;

/// <summary>A process table the test controls.</summary>
internal sealed class FakeProcessProbe(string host, int processId, params int[] running) : IProcessProbe
{
    private readonly HashSet<int> _running = [.. running];

    public OwnerIdentity Current { get; } = new(host, processId, 1_000);

    public bool IsRunning(int processId, long? startedUtcMs) => _running.Contains(processId);
}
