namespace BackCareRoller.Protocol.Reassembly;

/// <summary>Counters of one device's stream since the reassembler was created or reset.</summary>
/// <param name="PacketsAccepted">Packets whose samples were written.</param>
/// <param name="SamplesAccepted">Samples written.</param>
/// <param name="MalformedPackets">Packets that did not decode.</param>
/// <param name="LastMalformedStatus">Decode status of the latest malformed packet (<see cref="DecodeStatus.Ok"/> if none).</param>
/// <param name="DuplicatePackets">Packets dropped as repeats.</param>
/// <param name="LostPackets">Packets missing from sequence numbers.</param>
/// <param name="MissingSamples">Samples missing from timestamps (lost packets and device overruns).</param>
/// <param name="OverrunPackets">Packets flagged as following a device-side drop.</param>
/// <param name="SaturatedPackets">Packets flagged as holding a value at full scale.</param>
/// <param name="UnknownFlagPackets">Packets with flags this library does not know (a newer minor version).</param>
/// <param name="StreamRestarts">Stream starts after the first.</param>
/// <param name="ClockResets">Device clock jumps (the clock fit started over).</param>
/// <param name="ClockDriftPpm">Estimated device clock rate against the host's, ppm (+ = device fast); 0 before a fit.</param>
public readonly record struct ReassemblyStatistics(
    long PacketsAccepted,
    long SamplesAccepted,
    long MalformedPackets,
    DecodeStatus LastMalformedStatus,
    long DuplicatePackets,
    long LostPackets,
    long MissingSamples,
    long OverrunPackets,
    long SaturatedPackets,
    long UnknownFlagPackets,
    long StreamRestarts,
    long ClockResets,
    double ClockDriftPpm);
