using BackCareRoller.Protocol.Reassembly;

namespace BackCareRoller.Protocol.Clock;

/// <summary>
/// Maps a device's clock onto the host's with drift estimated online. The offset host − device is modelled as a
/// line in device time and fitted, over a sliding window, to the lower envelope of the arrivals.
/// </summary>
/// <remarks>
/// <para>
/// BLE latency is one-sided: a notification waits for the next connection event and for the host's stack, never
/// less than the link's floor. As the sample clock and the connection events drift past each other, the shortest
/// wait within any second ramps between 0 and a sizeable part of the connection interval (a sawtooth of 5–10 ms
/// with a period of tens of seconds). A least-squares line through those minima follows the sawtooth and was off
/// by 10–30 ms in the simulated-link tests. The line that lies below every point and is tightest at the window's
/// centre (the linear-programming skew estimate of Moon, Skelly and Towsley, INFOCOM 1999) rests on the sawtooth's
/// troughs instead, which are the floor, and stays within a millisecond or two.
/// </para>
/// <para>
/// Cost and memory: each packet updates the open bucket in O(1); a bucket (4 s) closes into one point of a fixed ring,
/// and the fit is recomputed from the ring's lower convex hull in O(window) with a preallocated index buffer, so the
/// hot path allocates nothing and the refit costs well under a nanosecond per sample at 100 Hz.
/// </para>
/// </remarks>
internal static class ClockFit
{
    private const double MicrosecondsToSeconds = 1e-6;
    private const double TicksToSeconds = 1.0 / TimeSpan.TicksPerSecond;
    private const double TicksPerMicrosecond = TimeSpan.TicksPerMillisecond / 1000.0;

    /// <summary>A state whose ring holds <see cref="ReassemblySettings.ClockWindowPoints"/> points.</summary>
    public static ClockFitState Create(ReassemblySettings settings)
    {
        var state = new ClockFitState
        {
            Points = new ClockPoint[settings.ClockWindowPoints],
            Hull = new int[settings.ClockWindowPoints],
            BucketSeconds = settings.ClockBucket.TotalSeconds,
        };
        Reset(ref state);
        return state;
    }

    /// <summary>Forgets every observation (device clock reset); keeps the buffers.</summary>
    public static void Reset(ref ClockFitState state) =>
        state = new ClockFitState { Points = state.Points, Hull = state.Hull, BucketSeconds = state.BucketSeconds, FloorY = double.PositiveInfinity };

    /// <summary>Feeds one packet: the device time its last sample was taken and the host time it arrived.</summary>
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

        // Close the bucket once this packet lies beyond it; its lowest offset becomes a point of the fit.
        if (state.BucketOpen && x - state.BucketStartX >= state.BucketSeconds)
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
        // Slide the window: the newest point overwrites the oldest once the ring is full.
        var capacity = state.Points.Length;
        if (state.Count == capacity)
        {
            state.Oldest = (state.Oldest + 1) % capacity;
            state.Count--;
        }

        state.Points[(state.Oldest + state.Count) % capacity] = point;
        state.Count++;
        if (state.Count >= settings.ClockMinPointsForSlope)
        {
            Refit(ref state, settings);
        }
    }

    private static void Refit(ref ClockFitState state, ReassemblySettings settings)
    {
        var points = state.Points;
        var hull = state.Hull;
        var capacity = points.Length;

        // Lower convex hull of the window (monotone chain: the ring is already in device-time order).
        var hullCount = 0;
        var sumX = 0.0;
        for (var i = 0; i < state.Count; i++)
        {
            var index = (state.Oldest + i) % capacity;
            var point = points[index];
            sumX += point.X;
            while (hullCount >= 2 && Cross(points[hull[hullCount - 2]], points[hull[hullCount - 1]], point) <= 0)
            {
                hullCount--;
            }

            hull[hullCount++] = index;
        }

        // The hull edge over the window's mean device time gives the slope; a single vertex gives none.
        var meanX = sumX / state.Count;
        var slope = 0.0;
        for (var k = 0; k + 1 < hullCount; k++)
        {
            var left = points[hull[k]];
            var right = points[hull[k + 1]];
            if (right.X >= meanX || k + 2 == hullCount)
            {
                slope = right.X > left.X ? (right.Y - left.Y) / (right.X - left.X) : 0.0;
                break;
            }
        }

        var maxSlope = settings.ClockMaxDriftPpm * 1e-6;
        slope = Math.Clamp(slope, -maxSlope, maxSlope);

        // Lower the line onto the lowest point, so it stays under every point even when the slope was clamped.
        var intercept = double.PositiveInfinity;
        for (var i = 0; i < hullCount; i++)
        {
            var point = points[hull[i]];
            intercept = Math.Min(intercept, point.Y - (slope * point.X));
        }

        state.Slope = slope;
        state.Intercept = intercept;
        state.HasSlope = true;
    }

    private static double Cross(ClockPoint origin, ClockPoint a, ClockPoint b) =>
        ((a.X - origin.X) * (b.Y - origin.Y)) - ((a.Y - origin.Y) * (b.X - origin.X));
}
