using BackCareRoller.Core.Alerts;
using BackCareRoller.Core.Zones;

namespace BackCareRoller.Sources.Evaluation;

/// <summary>
/// Scores a zone estimate against the truth of a simulated session (issue 4, DESIGN.md sections 4 and 7). Pure:
/// in-memory timelines and alerts in, figures out.
/// </summary>
public static class ZoneEvaluation
{
    /// <summary>Scores one session.</summary>
    /// <param name="input">Truth and estimate.</param>
    /// <param name="settings">Scoring rules; defaults when null.</param>
    /// <returns>The session's scores.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="input"/> is null.</exception>
    public static ZoneEvaluationResult Evaluate(ZoneEvaluationInput input, ZoneEvaluationSettings? settings = null)
    {
        ArgumentNullException.ThrowIfNull(input);
        settings ??= new ZoneEvaluationSettings();
        const int count = ZoneEvaluationResult.ZoneCount;

        // Zone accuracy and confusion: sample both timelines, skipping the margins around true changes.
        var scored = new double[count];
        var confusion = new double[count, count];
        var sideCorrect = Sample(input, settings, scored, confusion);

        // Per-zone seconds, exact from the intervals.
        var truth = SecondsPerZone(input.TruthZones, input.Duration);
        var estimated = SecondsPerZone(input.EstimatedZones, input.Duration);
        var error = new double[count];
        for (var z = 0; z < count; z++)
        {
            error[z] = Math.Abs(estimated[z] - truth[z]);
        }

        // Alerts against stays.
        var stays = new int[2];
        var caught = new int[2];
        var delays = new List<double>();
        var falseAlerts = MatchAlerts(input, settings, stays, caught, delays);
        return new ZoneEvaluationResult(1, scored, confusion, sideCorrect, truth, estimated, error, stays, caught, delays, falseAlerts);
    }

    private static double Sample(ZoneEvaluationInput input, ZoneEvaluationSettings settings, double[] scored, double[,] confusion)
    {
        var changes = ChangeTimes(input.TruthZones);
        var step = settings.Step.TotalSeconds;
        var margin = settings.ChangeMargin.TotalSeconds;
        var duration = input.Duration.TotalSeconds;
        var truthIndex = 0;
        var estimateIndex = 0;
        var changeIndex = 0;
        var sideCorrect = 0.0;
        for (var t = step / 2; t < duration; t += step)
        {
            // Skip the margin around the nearest true change.
            while (changeIndex < changes.Count && changes[changeIndex] < t - margin)
            {
                changeIndex++;
            }

            if (changeIndex < changes.Count && changes[changeIndex] <= t + margin)
            {
                continue;
            }

            if (!TryAt(input.TruthZones, t, ref truthIndex, out var truth))
            {
                continue;
            }

            var found = TryAt(input.EstimatedZones, t, ref estimateIndex, out var estimate);
            var estimatedZone = found ? estimate.Zone : BodyZone.None;
            scored[(int)truth.Zone] += step;
            confusion[(int)truth.Zone, (int)estimatedZone] += step;
            if (truth.Zone == estimatedZone && (!found || truth.Side == estimate.Side))
            {
                sideCorrect += step;
            }
        }

        return sideCorrect;
    }

    private static List<double> ChangeTimes(IReadOnlyList<ZoneInterval> intervals)
    {
        var changes = new List<double>();
        for (var i = 1; i < intervals.Count; i++)
        {
            if (intervals[i].Zone != intervals[i - 1].Zone || intervals[i].Side != intervals[i - 1].Side)
            {
                changes.Add(intervals[i].Start.TotalSeconds);
            }
        }

        return changes;
    }

    private static bool TryAt(IReadOnlyList<ZoneInterval> intervals, double t, ref int index, out ZoneInterval interval)
    {
        // Timelines are sorted and probed in increasing time: walk forward.
        while (index < intervals.Count && intervals[index].End.TotalSeconds <= t)
        {
            index++;
        }

        if (index < intervals.Count && intervals[index].Start.TotalSeconds <= t)
        {
            interval = intervals[index];
            return true;
        }

        interval = default;
        return false;
    }

    private static double[] SecondsPerZone(IReadOnlyList<ZoneInterval> intervals, TimeSpan duration)
    {
        var seconds = new double[ZoneEvaluationResult.ZoneCount];
        var covered = 0.0;
        foreach (var interval in intervals)
        {
            var start = Math.Max(0, interval.Start.TotalSeconds);
            var end = Math.Min(duration.TotalSeconds, interval.End.TotalSeconds);
            if (end > start)
            {
                seconds[(int)interval.Zone] += end - start;
                covered += end - start;
            }
        }

        // Time no interval covers counts as none.
        seconds[(int)BodyZone.None] += Math.Max(0, duration.TotalSeconds - covered);
        return seconds;
    }

    private static int MatchAlerts(ZoneEvaluationInput input, ZoneEvaluationSettings settings, int[] stays, int[] caught, List<double> delays)
    {
        var firstAlert = new double[input.TruthStays.Count];
        Array.Fill(firstAlert, double.PositiveInfinity);
        var falseAlerts = 0;
        foreach (var alert in input.Alerts)
        {
            if (alert.Kind is not (AlertKind.Lumbar or AlertKind.Neck))
            {
                continue;
            }

            // An alert belongs to every stay of its kind whose window [entry − early, exit + late] holds it.
            var matched = false;
            for (var i = 0; i < input.TruthStays.Count; i++)
            {
                var stay = input.TruthStays[i];
                if (stay.Kind == alert.Kind && alert.Time >= stay.Start - settings.EarlyTolerance && alert.Time <= stay.End + settings.LateTolerance)
                {
                    matched = true;
                    firstAlert[i] = Math.Min(firstAlert[i], alert.Time.TotalSeconds);
                }
            }

            falseAlerts += matched ? 0 : 1;
        }

        for (var i = 0; i < input.TruthStays.Count; i++)
        {
            var kind = input.TruthStays[i].Kind == AlertKind.Lumbar ? 0 : 1;
            stays[kind]++;
            if (double.IsFinite(firstAlert[i]))
            {
                caught[kind]++;
                delays.Add(Math.Max(0, firstAlert[i] - input.TruthStays[i].Start.TotalSeconds));
            }
        }

        return falseAlerts;
    }
}
