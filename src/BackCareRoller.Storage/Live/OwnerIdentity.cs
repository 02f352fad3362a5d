namespace BackCareRoller.Storage.Live;

/// <summary>Which process owns a live session: enough to tell, later, whether that very process is still running.</summary>
/// <param name="Host">The machine's name (<see cref="Environment.MachineName"/>).</param>
/// <param name="ProcessId">The owner's process id.</param>
/// <param name="ProcessStartedUtcMs">When the owner process started (Unix ms, UTC), so a reused process id is not mistaken for it.</param>
internal sealed record OwnerIdentity(string Host, int ProcessId, long? ProcessStartedUtcMs);
