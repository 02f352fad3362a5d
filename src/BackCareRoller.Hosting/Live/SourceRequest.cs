using BackCareRoller.Sources;

namespace BackCareRoller.Hosting.Live;

/// <summary>What the user chose on the pairing page or the command line.</summary>
/// <param name="Kind">The kind of source.</param>
/// <param name="Seed">Simulator seed; null picks one.</param>
/// <param name="RecordingPath">Recording to replay, for <see cref="ImuSourceKind.Replay"/>.</param>
/// <param name="HeightCm">The person's height, for the simulator; null for its default.</param>
/// <param name="RollerDiameterCm">The roller's diameter, for the simulator; null for its default.</param>
public sealed record SourceRequest(ImuSourceKind Kind, int? Seed = null, string? RecordingPath = null, double? HeightCm = null, double? RollerDiameterCm = null);
