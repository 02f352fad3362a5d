using BackCareRoller.Protocol.Reassembly;

namespace BackCareRoller.Protocol.Clock;

/// <summary>
/// Maps a device's clock onto the host's with drift estimated online: host − device is modelled as a line in device
/// time, fitted by least squares to the lowest-latency packet of each bucket over a sliding window.
/// </summary>
/// <remarks>
/// The fit keeps running sums (Σx, Σy, Σx², Σxy) over a fixed ring buffer: each point is added once and subtracted
/// once, so an update is O(1) and allocation-free, which a per-packet hot path needs and a general least-squares
/// library call (a matrix per solve) would not give. Subtraction accumulates rounding, so every window-length of
/// insertions the anchors move to the oldest point and the sums are recomputed exactly from the ring (O(1) amortised).
/// </remarks>
internal static class ClockFit
{
    private const double MicrosecondsToSeconds = 1e-6;
    private const double TicksToSeconds = 1.0 / TimeSpan.TicksPerSecond;
    private const double TicksPerMicrosecond = TimeSpan.TicksPerMillisecond / 1000.0;

    /// <summary>A state whose ring holds <see cref="ReassemblySettings.ClockWindowPoints"/> points.</summary>
    public static ClockFitState Create(ReassemblySettings settings)
    {
        var state = new ClockFitState { Points = new ClockPoint[settings.ClockWindowPoints] };
        Reset(ref state);
        return state;
    }

    /// <summary>Forgets every observation (device clock reset); keeps the ring.</summary>
    public static void Reset(ref ClockFitState state) => state = new ClockFitState { Points = state.Points, FloorY = double.PositiveInfinity };

    /// <summary>Feeds one packet: its first sample's device time and the host time it arrived.</summary>
    public static void Observe(ref ClockFitState state, ReassemblySettings settings, long deviceMicroseconds, long arrivalTicks)
    {
        // The first observation sets the anchors, so later ones are small numbers.
        if (!state.HasAnchor)
        {
            state.HasAnchor = true;
            state.AnchorDeviceMicroseconds = deviceMicroseconds;
            state.AnchorHostTicks = arrivalTicks;
        }

        var x = (deviceMicroseconds - state.AnchorDeviceMicroseconds) * MicrosecondsToSeconds;
        var y = ((arrivalTicks - state.AnchorHostTicks) * TicksToSeconds) - x;

        // Close the bucket once this packet lies beyond it; its minimum becomes a point of the fit.
        if (state.BucketOpen && x - state.BucketStartX >= settings.ClockBucket.TotalSeconds)
        {
            AddPoint(ref state, settings, state.BucketMinimum);
            state.BucketOpen = false;
        }

        if (!state.BucketOpen)
        {
            state.BucketOpen = true;
            state.BucketStartX = x;
            state.BucketMinimum = new ClockPoint(x, y);
        }
        else if (y < state.BucketMinimum.Y)
        {
            state.BucketMinimum = new ClockPoint(x, y);
        }

        // Until a slope exists the lowest offset seen is the best estimate of the link's floor.
        if (!state.HasSlope && y < state.FloorY)
        {
            state.FloorY = y;
        }
    }

    /// <summary>Host time, in ticks, of a device time.</summary>
    public static double HostTicks(in ClockFitState state, long deviceMicroseconds)
    {
        var x = (deviceMicroseconds - state.AnchorDeviceMicroseconds) * MicrosecondsToSeconds;
        var offset = state.HasSlope ? state.Intercept + (state.Slope * x) : state.FloorY;
        return state.AnchorHostTicks + ((x + offset) * TimeSpan.TicksPerSecond);
    }

    /// <summary>Host ticks per device microsecond (10 × (1 + slope)).</summary>
    public static double HostTicksPerDeviceMicrosecond(in ClockFitState state) =>
        TicksPerMicrosecond * (1.0 + (state.HasSlope ? state.Slope : 0.0));

    /// <summary>How fast the device clock runs against the host's, ppm (+100 = device gains 100 µs per second); 0 before a fit.</summary>
    public static double DriftPpm(in ClockFitState state) => state.HasSlope ? -state.Slope / (1.0 + state.Slope) * 1e6 : 0.0;

    private static void AddPoint(ref ClockFitState state, ReassemblySettings settings, ClockPoint point)
    {
        // Leave out a bucket that was delayed as a whole (a stall); many in a row mean the offset really moved.
        if (state.HasSlope && point.Y - (state.Intercept + (state.Slope * point.X)) > settings.ClockOutlierThreshold.TotalSeconds)
        {
            state.ConsecutiveOutliers++;
            if (state.ConsecutiveOutliers < settings.ClockMaxConsecutiveOutliers)
            {
                return;
            }

            ClearWindow(ref state);
            state.FloorY = point.Y;
        }

        state.ConsecutiveOutliers = 0;

        // Slide the window: drop the oldest point once the ring is full.
        var capacity = state.Points.Length;
        if (state.Count == capacity)
        {
            var oldest = state.Points[state.Oldest];
            state.SumX -= oldest.X;
            state.SumY -= oldest.Y;
            state.SumXX -= oldest.X * oldest.X;
            state.SumXY -= oldest.X * oldest.Y;
            state.Oldest = (state.Oldest + 1) % capacity;
            state.Count--;
        }

        state.Points[(state.Oldest + state.Count) % capacity] = point;
        state.Count++;
        state.SumX += point.X;
        state.SumY += point.Y;
        state.SumXX += point.X * point.X;
        state.SumXY += point.X * point.Y;

        state.InsertsSinceRecentre++;
        if (state.InsertsSinceRecentre >= capacity)
        {
            Recentre(ref state);
        }

        Refit(ref state, settings);
    }

    private static void ClearWindow(ref ClockFitState state)
    {
        state.Count = 0;
        state.Oldest = 0;
        state.SumX = state.SumY = state.SumXX = state.SumXY = 0;
        state.HasSlope = false;
        state.ConsecutiveOutliers = 0;
    }

    private static void Recentre(ref ClockFitState state)
    {
        // Move both anchors by the same whole number of µs: offsets (Y) do not change, X shrinks to the window.
        var shiftMicroseconds = (long)Math.Round(state.Points[state.Oldest].X / MicrosecondsToSeconds);
        var shift = shiftMicroseconds * MicrosecondsToSeconds;
        state.AnchorDeviceMicroseconds += shiftMicroseconds;
        state.AnchorHostTicks += shiftMicroseconds * (TimeSpan.TicksPerMillisecond / 1000);
        state.BucketStartX -= shift;
        state.BucketMinimum = state.BucketMinimum with { X = state.BucketMinimum.X - shift };
        state.Intercept += state.Slope * shift;

        state.SumX = state.SumY = state.SumXX = state.SumXY = 0;
        var capacity = state.Points.Length;
        for (var i = 0; i < state.Count; i++)
        {
            var index = (state.Oldest + i) % capacity;
            var point = state.Points[index] with { X = state.Points[index].X - shift };
            state.Points[index] = point;
            state.SumX += point.X;
            state.SumY += point.Y;
            state.SumXX += point.X * point.X;
            state.SumXY += point.X * point.Y;
        }

        state.InsertsSinceRecentre = 0;
    }

    private static void Refit(ref ClockFitState state, ReassemblySettings settings)
    {
        if (state.Count < settings.ClockMinPointsForSlope)
        {
            state.HasSlope = false;
            return;
        }

        var n = (double)state.Count;
        var meanX = state.SumX / n;
        var meanY = state.SumY / n;
        var sxx = state.SumXX - (n * meanX * meanX);
        var sxy = state.SumXY - (n * meanX * meanY);

        // All points at one device time (should not happen with buckets) give no slope; keep the offset only.
        if (sxx <= 1e-9)
        {
            state.HasSlope = false;
            return;
        }

        var maxSlope = settings.ClockMaxDriftPpm * 1e-6;
        state.Slope = Math.Clamp(sxy / sxx, -maxSlope, maxSlope);
        state.Intercept = meanY - (state.Slope * meanX);
        state.HasSlope = true;
    }
}
