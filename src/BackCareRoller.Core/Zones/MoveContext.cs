namespace BackCareRoller.Core.Zones;

/// <summary>Where the move in progress started and what ground it has covered, in roller displacement.</summary>
/// <param name="Origin">Displacement when the contact was at the move's anchor, u.</param>
/// <param name="MoveStart">When the move started.</param>
/// <param name="Low">Lowest displacement since then, u.</param>
/// <param name="High">Highest displacement since then, u.</param>
internal readonly record struct MoveContext(double Origin, TimeSpan MoveStart, double Low, double High);
