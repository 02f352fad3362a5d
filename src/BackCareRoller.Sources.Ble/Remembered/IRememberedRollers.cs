namespace BackCareRoller.Sources.Ble.Remembered;

/// <summary>Where paired rollers are kept between sessions (a JSON file here; the service backs it with SQLite).</summary>
public interface IRememberedRollers
{
    /// <summary>Returns the remembered rollers, most recently connected first.</summary>
    /// <param name="cancellationToken">Stops waiting.</param>
    /// <returns>The rollers.</returns>
    Task<IReadOnlyList<RememberedRoller>> ListAsync(CancellationToken cancellationToken = default);

    /// <summary>Adds a roller, or updates the one with the same id.</summary>
    /// <param name="roller">The roller.</param>
    /// <param name="cancellationToken">Stops waiting.</param>
    /// <returns>A task that completes when stored.</returns>
    Task RememberAsync(RememberedRoller roller, CancellationToken cancellationToken = default);

    /// <summary>Removes a roller by id (case-insensitive).</summary>
    /// <param name="id">The device id.</param>
    /// <param name="cancellationToken">Stops waiting.</param>
    /// <returns>Whether it was remembered.</returns>
    Task<bool> ForgetAsync(string id, CancellationToken cancellationToken = default);
}
