using System.Collections.Concurrent;
using System.Diagnostics;
using BackCareRoller.DBus.Connection;
using BackCareRoller.DBus.Standard;

namespace BackCareRoller.DBus.Tests.Fixtures;

/// <summary>
/// A real, private <c>dbus-daemon</c> (Debian package <c>dbus</c>) in a temporary directory, plus helpers to start
/// other processes on it. Readiness is read from the daemon's printed address and from NameOwnerChanged — no sleeps.
/// </summary>
public sealed class PrivateBusDaemon : IAsyncDisposable
{
    /// <summary>Safety net for waits on real processes; every wait ends early on its event.</summary>
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);

    private readonly List<Process> _processes = [];
    private readonly ConcurrentQueue<string> _log = new();
    private readonly string _directory;
    private readonly Process _daemon;

    private PrivateBusDaemon(string directory, Process daemon, string address)
    {
        _directory = directory;
        _daemon = daemon;
        Address = address;
    }

    /// <summary>Gets the bus address, such as <c>unix:path=/tmp/…,guid=…</c>.</summary>
    public string Address { get; }

    /// <summary>Gets the directory the bus lives in; tests may put scratch files there.</summary>
    public string Directory => _directory;

    /// <summary>Gets recent output of the child processes, for failure messages.</summary>
    public string RecentOutput => string.Join('\n', _log.TakeLast(60));

    /// <summary>Starts a daemon with a permissive session-bus policy listening in a fresh temporary directory.</summary>
    public static async Task<PrivateBusDaemon> StartAsync()
    {
        var directory = System.IO.Directory.CreateTempSubdirectory("bcr-dbus-").FullName;
        var config = Path.Combine(directory, "bus.conf");
        await File.WriteAllTextAsync(config, $"""
            <!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
             "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
            <busconfig>
              <type>session</type>
              <listen>unix:dir={directory}</listen>
              <auth>EXTERNAL</auth>
              <policy context="default">
                <allow send_destination="*" eavesdrop="true"/>
                <allow eavesdrop="true"/>
                <allow own="*"/>
              </policy>
            </busconfig>
            """);
        var start = new ProcessStartInfo("dbus-daemon")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add("--nofork");
        start.ArgumentList.Add("--print-address");
        start.ArgumentList.Add($"--config-file={config}");
        var daemon = Process.Start(start) ?? throw new InvalidOperationException("dbus-daemon did not start.");
        using var timeout = new CancellationTokenSource(Patience);
        var address = (await daemon.StandardOutput.ReadLineAsync(timeout.Token))?.Trim();
        if (string.IsNullOrEmpty(address))
        {
            var error = await daemon.StandardError.ReadToEndAsync(timeout.Token);
            throw new InvalidOperationException($"dbus-daemon printed no address: {error}");
        }

        var bus = new PrivateBusDaemon(directory, daemon, address);
        daemon.ErrorDataReceived += (_, e) => bus.Record("dbus-daemon", e.Data);
        daemon.BeginErrorReadLine();
        return bus;
    }

    /// <summary>Connects a new client to this bus.</summary>
    public Task<DBusConnection> ConnectAsync(DBusConnectionOptions? options = null) =>
        DBusConnection.ConnectAsync(Address, options);

    /// <summary>Starts a process whose session and system bus are this bus; its output goes to <see cref="RecentOutput"/>.</summary>
    public Process StartProcess(string fileName, params string[] arguments)
    {
        var start = new ProcessStartInfo(fileName)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["DBUS_SYSTEM_BUS_ADDRESS"] = Address;
        start.Environment["DBUS_SESSION_BUS_ADDRESS"] = Address;
        var process = Process.Start(start) ?? throw new InvalidOperationException($"{fileName} did not start.");
        var tag = Path.GetFileName(fileName);
        process.OutputDataReceived += (_, e) => Record(tag, e.Data);
        process.ErrorDataReceived += (_, e) => Record(tag, e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        lock (_processes)
        {
            _processes.Add(process);
        }

        return process;
    }

    /// <summary>Kills one process this fixture started, by its id, and waits for it to exit.</summary>
    public static async Task KillAsync(Process process)
    {
        ArgumentNullException.ThrowIfNull(process);
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
        }

        using var timeout = new CancellationTokenSource(Patience);
        await process.WaitForExitAsync(timeout.Token);
    }

    /// <summary>Waits until <paramref name="name"/> has an owner on the bus (or no longer has one).</summary>
    public static async Task<string?> WaitForOwnerAsync(DBusConnection connection, string name, bool owned = true)
    {
        ArgumentNullException.ThrowIfNull(connection);
        var changed = new TaskCompletionSource<string?>(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var subscription = await connection.AddMatchAsync(NameOwnerChanged.RuleFor(name), message =>
        {
            if (NameOwnerChanged.TryParse(message, out var signal) && (signal.NewOwner is not null) == owned)
            {
                changed.TrySetResult(signal.NewOwner);
            }
        });
        var owner = await connection.GetNameOwnerAsync(name);
        if ((owner is not null) == owned)
        {
            return owner;
        }

        return await changed.Task.WaitAsync(Patience);
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        Process[] children;
        lock (_processes)
        {
            children = [.. _processes];
        }

        foreach (var child in children)
        {
            await KillAsync(child);
            child.Dispose();
        }

        await KillAsync(_daemon);
        _daemon.Dispose();
        try
        {
            System.IO.Directory.Delete(_directory, recursive: true);
        }
        catch (IOException)
        {
            // A socket file still being released; the temp directory is cleaned by the OS.
        }
    }

    private void Record(string tag, string? line)
    {
        if (line is null)
        {
            return;
        }

        _log.Enqueue($"[{tag}] {line}");
        while (_log.Count > 200)
        {
            _log.TryDequeue(out _);
        }
    }
}
