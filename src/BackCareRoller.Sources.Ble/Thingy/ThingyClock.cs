namespace BackCareRoller.Sources.Ble.Thingy;

/// <summary>
/// A device clock for the Thingy:52, whose raw data carries no timestamp or sequence number. Each notification is
/// one sample, so device time advances one nominal period per notification; it is steered (slewed by at most half a
/// period per sample) toward the lower envelope of arrival times, which absorbs the sensor's oscillator error, and
/// it jumps forward when a notification arrives much later than the envelope allows, which is how lost
/// notifications show. The BackCareRoller reassembler then maps this clock to host time as for a roller.
/// </summary>
internal static class ThingyClock
{
    /// <summary>Advances the clock for one notification that arrived at <paramref name="arrivalMicroseconds"/>.</summary>
    /// <param name="state">The clock so far.</param>
    /// <param name="arrivalMicroseconds">Host arrival time of the notification, µs.</param>
    /// <param name="periodMicroseconds">Nominal sample period, µs.</param>
    /// <param name="settings">Tuning.</param>
    /// <param name="deviceMicroseconds">Device time assigned to the sample.</param>
    /// <param name="skippedSamples">Samples judged lost just before this one.</param>
    /// <returns>The new state.</returns>
    public static ThingyClockState Step(
        ThingyClockState state,
        double arrivalMicroseconds,
        double periodMicroseconds,
        ThingyClockSettings settings,
        out double deviceMicroseconds,
        out int skippedSamples)
    {
        skippedSamples = 0;

        // The first sample anchors device time at 0 and the latency floor at its arrival.
        if (!state.Started)
        {
            deviceMicroseconds = 0;
            return new ThingyClockState(true, 0, arrivalMicroseconds, arrivalMicroseconds, arrivalMicroseconds, arrivalMicroseconds, false, 0);
        }

        // One period on, plus a bounded share of any pending correction so time never runs backwards.
        var slew = Math.Clamp(state.PendingCorrection, -0.5 * periodMicroseconds, 0.5 * periodMicroseconds);
        var device = state.DeviceMicroseconds + periodMicroseconds + slew;
        var pending = state.PendingCorrection - slew;
        var offset = arrivalMicroseconds - device;

        // Much later than the floor allows: notifications were lost; skip the samples they held.
        var floor = Math.Min(state.BucketMinOffset, state.PreviousBucketMinOffset);
        var threshold = Math.Max(settings.GapThreshold.TotalMicroseconds, settings.GapThresholdPeriods * periodMicroseconds);
        if (offset - floor > threshold)
        {
            skippedSamples = (int)Math.Round((offset - floor) / periodMicroseconds);
            device += skippedSamples * periodMicroseconds;
            offset -= skippedSamples * periodMicroseconds;
        }

        var bucketMin = Math.Min(state.BucketMinOffset, offset);
        deviceMicroseconds = device;
        if (arrivalMicroseconds - state.BucketStartMicroseconds < settings.Bucket.TotalMicroseconds)
        {
            return state with { DeviceMicroseconds = device, BucketMinOffset = bucketMin, PendingCorrection = pending };
        }

        // A bucket ended: its floor, once the corrections still pending are applied, against the baseline is the
        // drift to steer out over the next samples.
        var baseline = state.BaselineSet ? state.BaselineOffset : bucketMin;
        var correction = bucketMin - pending - baseline;
        return new ThingyClockState(true, device, arrivalMicroseconds, offset, bucketMin, baseline, true, pending + correction);
    }
}
