namespace BackCareRoller.Protocol.Reassembly;

/// <summary>Result of one <see cref="ImuStreamReassembler.Push"/>.</summary>
/// <param name="Outcome">Whether samples were written.</param>
/// <param name="DecodeStatus">The packet's decode status (<see cref="DecodeStatus.Ok"/> unless <see cref="ReassemblyOutcome.Malformed"/>).</param>
/// <param name="SamplesWritten">Samples written to the destination.</param>
/// <param name="LostPackets">Packets missing from the sequence just before this one (0 when none).</param>
/// <param name="MissingSamples">Samples missing just before this one, from the timestamps: lost packets and device overruns.</param>
/// <param name="StreamRestarted">The packet began a new stream after an earlier one (stream-start flag).</param>
/// <param name="ClockReset">The device clock jumped (reboot): the clock fit started over.</param>
public readonly record struct ReassemblyResult(
    ReassemblyOutcome Outcome,
    DecodeStatus DecodeStatus,
    int SamplesWritten,
    int LostPackets,
    int MissingSamples,
    bool StreamRestarted,
    bool ClockReset);
