namespace BackCareRoller.Protocol.Tests.Reassembly;

/// <summary>A notification of <see cref="SimulatedLink"/> with the true host times (s) its samples were taken at.</summary>
internal sealed record SimulatedPacket(byte[] Bytes, TimeSpan Arrival, double[] TrueSampleTimes);
