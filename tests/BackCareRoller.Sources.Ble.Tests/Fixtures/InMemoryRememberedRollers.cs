using BackCareRoller.Sources.Ble.Remembered;

namespace BackCareRoller.Sources.Ble.Tests.Fixtures;

internal sealed class InMemoryRememberedRollers : IRememberedRollers
{
    private readonly List<RememberedRoller> _rollers = [];

    public Task<IReadOnlyList<RememberedRoller>> ListAsync(CancellationToken cancellationToken = default)
    {
        lock (_rollers)
        {
            return Task.FromResult<IReadOnlyList<RememberedRoller>>(_rollers.OrderByDescending(r => r.LastConnected).ToArray());
        }
    }

    public Task RememberAsync(RememberedRoller roller, CancellationToken cancellationToken = default)
    {
        lock (_rollers)
        {
            _rollers.RemoveAll(r => r.Id == roller.Id);
            _rollers.Add(roller);
        }

        return Task.CompletedTask;
    }

    public Task<bool> ForgetAsync(string id, CancellationToken cancellationToken = default)
    {
        lock (_rollers)
        {
            return Task.FromResult(_rollers.RemoveAll(r => r.Id == id) > 0);
        }
    }
}
