namespace BackCareRoller.Core.Summary;

/// <summary>How closely a session followed the four-move routine (DESIGN.md section 1, issue 5).</summary>
public sealed record RoutineAdherence
{
    /// <summary>The four moves in routine order: glutes, hip flexors, hamstrings, upper back.</summary>
    public required IReadOnlyList<MoveAdherence> Moves { get; init; }

    /// <summary>Seconds with the contact in the lumbar zone; any time there breaks the routine.</summary>
    public required double LumbarSeconds { get; init; }

    /// <summary>Seconds with the contact in the neck zone; any time there breaks the routine.</summary>
    public required double NeckSeconds { get; init; }

    /// <summary>True when every move is in range and no time was spent on the lumbar spine or the neck.</summary>
    public bool IsFollowed
    {
        get
        {
            if (LumbarSeconds > 0 || NeckSeconds > 0)
            {
                return false;
            }

            foreach (var move in Moves)
            {
                if (move.Verdict != MoveVerdict.InRange)
                {
                    return false;
                }
            }

            return true;
        }
    }
}
