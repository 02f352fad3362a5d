using System.Text.Json;

namespace BackCareRoller.Sources.Ble.Remembered;

/// <summary>
/// Remembered rollers in a small JSON file (default <c>$XDG_CONFIG_HOME/backcare/rollers.json</c>), written to a
/// temporary file and renamed so a crash never leaves half a file.
/// </summary>
/// <param name="path">The file; created on first write.</param>
public sealed class JsonFileRememberedRollers(string path) : IRememberedRollers, IDisposable
{
    private readonly SemaphoreSlim _lock = new(1, 1);

    /// <summary>Gets the file path.</summary>
    public string Path { get; } = path ?? throw new ArgumentNullException(nameof(path));

    /// <summary>Returns the default file: <c>$XDG_CONFIG_HOME/backcare/rollers.json</c>, else <c>~/.config/backcare/rollers.json</c>.</summary>
    /// <returns>The path.</returns>
    public static string DefaultPath()
    {
        var config = Environment.GetEnvironmentVariable("XDG_CONFIG_HOME");
        if (string.IsNullOrWhiteSpace(config))
        {
            config = System.IO.Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".config");
        }

        return System.IO.Path.Combine(config, "backcare", "rollers.json");
    }

    /// <inheritdoc />
    public void Dispose() => _lock.Dispose();

    /// <inheritdoc />
    public async Task<IReadOnlyList<RememberedRoller>> ListAsync(CancellationToken cancellationToken = default)
    {
        await _lock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            return (await ReadAsync(cancellationToken).ConfigureAwait(false)).OrderByDescending(r => r.LastConnected).ToArray();
        }
        finally
        {
            _lock.Release();
        }
    }

    /// <inheritdoc />
    public async Task RememberAsync(RememberedRoller roller, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(roller);
        await _lock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var rollers = await ReadAsync(cancellationToken).ConfigureAwait(false);
            rollers.RemoveAll(r => string.Equals(r.Id, roller.Id, StringComparison.OrdinalIgnoreCase));
            rollers.Add(roller);
            await WriteAsync(rollers, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _lock.Release();
        }
    }

    /// <inheritdoc />
    public async Task<bool> ForgetAsync(string id, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(id);
        await _lock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var rollers = await ReadAsync(cancellationToken).ConfigureAwait(false);
            if (rollers.RemoveAll(r => string.Equals(r.Id, id, StringComparison.OrdinalIgnoreCase)) == 0)
            {
                return false;
            }

            await WriteAsync(rollers, cancellationToken).ConfigureAwait(false);
            return true;
        }
        finally
        {
            _lock.Release();
        }
    }

    private async Task<List<RememberedRoller>> ReadAsync(CancellationToken cancellationToken)
    {
        if (!File.Exists(Path))
        {
            return [];
        }

        try
        {
            await using var stream = File.OpenRead(Path);
            return await JsonSerializer.DeserializeAsync(stream, RememberedRollersJsonContext.Default.ListRememberedRoller, cancellationToken).ConfigureAwait(false) ?? [];
        }
        catch (JsonException ex)
        {
            throw new InvalidDataException($"{Path} is not a valid remembered-rollers file: {ex.Message}", ex);
        }
    }

    private async Task WriteAsync(List<RememberedRoller> rollers, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(Path))!);
        var temporary = Path + ".tmp";
        await using (var stream = File.Create(temporary))
        {
            await JsonSerializer.SerializeAsync(stream, rollers, RememberedRollersJsonContext.Default.ListRememberedRoller, cancellationToken).ConfigureAwait(false);
        }

        File.Move(temporary, Path, overwrite: true);
    }
}
