using BackCareRoller.DBus.Wire;

namespace BackCareRoller.DBus.Connection;

/// <summary>One match rule and its handler; disposing removes both locally and from the bus.</summary>
internal sealed class SignalRegistration(DBusConnection connection, MatchRule rule, Action<DBusMessage> handler) : IAsyncDisposable
{
    private int _disposed;

    public MatchRule Rule { get; } = rule;

    public Action<DBusMessage> Handler { get; } = handler;

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 0)
        {
            await connection.RemoveMatchAsync(this).ConfigureAwait(false);
        }
    }
}
