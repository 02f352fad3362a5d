namespace BackCareRoller.Core.CheckIns;

/// <summary>Sessions oldest first: by start, then by id (two sessions may start in the same millisecond).</summary>
internal static class SessionOrder
{
    /// <summary><paramref name="sessions"/> itself when already in order, else a sorted copy.</summary>
    public static IReadOnlyList<CheckInSession> Sorted(IReadOnlyList<CheckInSession> sessions)
    {
        for (var i = 1; i < sessions.Count; i++)
        {
            if (Compare(sessions[i - 1], sessions[i]) > 0)
            {
                return [.. sessions.Order(Comparer<CheckInSession>.Create(Compare))];
            }
        }

        return sessions;
    }

    private static int Compare(CheckInSession? a, CheckInSession? b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        var byStart = a.StartedAt.CompareTo(b.StartedAt);
        return byStart != 0 ? byStart : a.SessionId.CompareTo(b.SessionId);
    }
}
