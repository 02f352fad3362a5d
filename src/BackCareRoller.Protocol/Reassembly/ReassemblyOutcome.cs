namespace BackCareRoller.Protocol.Reassembly;

/// <summary>What <see cref="ImuStreamReassembler.Push"/> did with a packet.</summary>
public enum ReassemblyOutcome
{
    /// <summary>The packet's samples were written.</summary>
    Accepted = 0,

    /// <summary>The packet repeats or precedes one already accepted; it was dropped.</summary>
    Duplicate = 1,

    /// <summary>The packet did not decode (see <see cref="ReassemblyResult.DecodeStatus"/>); it was dropped.</summary>
    Malformed = 2,
}
