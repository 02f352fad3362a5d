namespace BackCareRoller.Core.Summary;

/// <summary>State of <see cref="PassCounter"/>: the stroke in progress along the body axis.</summary>
/// <param name="Started">False until the first position arrives.</param>
/// <param name="Direction">+1 or -1 along the body once the first pass is confirmed, 0 before.</param>
/// <param name="Low">Lowest position seen before the first pass, in metres.</param>
/// <param name="High">Highest position seen before the first pass, in metres.</param>
/// <param name="Extreme">Furthest position of the stroke in progress, in metres.</param>
/// <param name="Passes">Confirmed one-way strokes so far.</param>
internal readonly record struct PassCounterState(
    bool Started,
    int Direction,
    double Low,
    double High,
    double Extreme,
    int Passes);
