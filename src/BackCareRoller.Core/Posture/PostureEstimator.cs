using System.Numerics;
using BackCareRoller.Core.Attitude;
using BackCareRoller.Core.Samples;

namespace BackCareRoller.Core.Posture;

/// <summary>
/// Turns body-sensor samples into the pelvis posture: "up" calibrated from the opening standing phase
/// (DESIGN.md section 2), orientation tracked by the attitude filter (gyro integration corrected by gravity, gyro
/// bias estimated), then recline, tilt, face and the pelvis velocity along its long axis.
/// </summary>
internal static class PostureEstimator
{
    /// <summary>Longest step integrated into the pelvis velocity, s; a longer gap only decays it.</summary>
    private const double MaxIntegrationStepSeconds = 0.1;

    /// <summary>Bias-corrected body rate below which the wearer is still enough to refine the gyro bias, rad/s (3°/s).</summary>
    private const float BiasStillRateRadiansPerSecond = 0.05f;

    /// <summary>Stillness needed before the gyro bias is refined, s.</summary>
    private const double BiasStillSeconds = 1.0;

    /// <summary>Averaging time of the gyro bias refinement, s.</summary>
    private const double BiasAveragingSeconds = 10.0;

    /// <summary>Pelvis rotation rate above which the long-axis motion is not followed, rad/s (rolling turns it far slower).</summary>
    private const double TurningRateRadiansPerSecond = 0.3;

    /// <summary>Below this horizontal share of the long axis (standing) the long-axis motion is undefined.</summary>
    private const float MinHorizontalLongAxis = 0.3f;

    /// <summary>Advances the posture by one body sample.</summary>
    /// <param name="state">The state after the previous body sample.</param>
    /// <param name="sample">A body sample, frame of DESIGN.md section 2.</param>
    /// <param name="settings">Validated settings.</param>
    /// <returns>The next state; <see cref="PostureState.Current"/> holds the posture.</returns>
    public static PostureState Step(in PostureState state, in ImuSample sample, PostureSettings settings)
    {
        // Ignore repeated or out-of-order samples: the filters need a positive time step.
        var dt = state.HasTime ? (sample.Time - state.LastTime).TotalSeconds : 0.0;
        if (state.HasTime && dt <= 0)
        {
            return state;
        }

        // Take "up" and the gyro bias from the standing phase while it lasts; later stillness refines the bias.
        var startTime = state.HasTime ? state.StartTime : sample.Time;
        var next = state with { HasTime = true, StartTime = startTime, LastTime = sample.Time };
        next = next.CalibrationDone ? TrackBias(next, sample, dt, settings) : Calibrate(next, sample, dt, settings);

        // A consumer gyro's bias (up to several °/s) would hold the attitude filter off by bias/gain: remove it first.
        var attitude = AttitudeFilter.Step(state.Attitude, sample.AngularVelocity - next.GyroBias, sample.Acceleration, (float)dt, settings.Attitude);
        next = next with { Attitude = attitude, MotionUp = TrackMotionUp(next, attitude, sample, dt, settings) };
        return next with { Current = Measure(next, sample, dt, settings) };
    }

    private static PostureState Calibrate(PostureState state, in ImuSample sample, double dt, PostureSettings settings)
    {
        // Give up waiting after the calibration window: the nominal mount stands in.
        if ((sample.Time - state.StartTime).TotalSeconds > settings.CalibrationWindowSeconds && !state.Frame.IsCalibrated)
        {
            return state with { CalibrationDone = true };
        }

        // Still and upright within the mount tolerance: extend the run.
        var force = sample.Acceleration;
        var magnitude = force.Length();
        var still = sample.AngularVelocity.Length() < settings.StillRateRadiansPerSecond
            && Math.Abs(magnitude - PostureDefaults.StandardGravity) < settings.StillAccelerationToleranceMetersPerSecondSquared
            && magnitude > 0
            && force.Y / magnitude > settings.CosMaxCalibrationTilt;
        if (!still)
        {
            // Moving after a long enough run ends the standing phase for good.
            return state.Frame.IsCalibrated
                ? state with { CalibrationDone = true, StillSum = Vector3.Zero, StillRateSum = Vector3.Zero, StillSeconds = 0, StillCount = 0 }
                : state with { StillSum = Vector3.Zero, StillRateSum = Vector3.Zero, StillSeconds = 0, StillCount = 0 };
        }

        // Standing still: the mean force is "up", the mean rate is the gyro's bias.
        var sum = state.StillSum + force;
        var rates = state.StillRateSum + sample.AngularVelocity;
        var seconds = state.StillSeconds + dt;
        var count = state.StillCount + 1;
        if (seconds < settings.CalibrationStillSeconds)
        {
            return state with { StillSum = sum, StillRateSum = rates, StillSeconds = seconds, StillCount = count };
        }

        return state with
        {
            StillSum = sum,
            StillRateSum = rates,
            StillSeconds = seconds,
            StillCount = count,
            Frame = BodyFrame.FromStanding(sum / count),
            GyroBias = rates / count,
        };
    }

    private static PostureState TrackBias(PostureState state, in ImuSample sample, double dt, PostureSettings settings)
    {
        // Still means: bias-corrected rate small and the force close to gravity, for a while.
        var rate = sample.AngularVelocity - state.GyroBias;
        var magnitude = sample.Acceleration.Length();
        var still = rate.Length() < BiasStillRateRadiansPerSecond
            && Math.Abs(magnitude - state.Frame.GravityMetersPerSecondSquared) < settings.StillAccelerationToleranceMetersPerSecondSquared;
        if (!still)
        {
            return state.StillSeconds > 0 ? state with { StillSeconds = 0 } : state;
        }

        var seconds = state.StillSeconds + dt;
        if (seconds < BiasStillSeconds)
        {
            return state with { StillSeconds = seconds };
        }

        // Average slowly: breathing rocks a still pelvis by about a degree, which averages out over several seconds.
        var weight = (float)(dt / (BiasAveragingSeconds + dt));
        return state with { StillSeconds = seconds, GyroBias = state.GyroBias + (rate * weight) };
    }

    private static Vector3 TrackMotionUp(in PostureState state, in AttitudeState attitude, in ImuSample sample, double dt, PostureSettings settings)
    {
        // Start from the attitude filter's "up"; while the pelvis turns fast, follow it too.
        var up = state.MotionUp;
        var rate = sample.AngularVelocity - state.GyroBias - attitude.GyroBias;
        if (up == Vector3.Zero || !(dt > 0) || dt > MaxIntegrationStepSeconds || rate.Length() > TurningRateRadiansPerSecond)
        {
            return attitude.Up;
        }

        // A world-fixed vector seen from the sensor turns against the sensor's rotation: du/dt = u × ω.
        up += Vector3.Cross(up, rate) * (float)dt;

        // Pull slowly toward the measured force direction.
        var magnitude = sample.Acceleration.Length();
        if (magnitude > 0 && float.IsFinite(magnitude))
        {
            up += ((sample.Acceleration / magnitude) - up) * (float)(dt / settings.MotionUpCorrectionSeconds);
        }

        return Vector3.Normalize(up);
    }

    private static BodyPosture Measure(in PostureState state, in ImuSample sample, double dt, PostureSettings settings)
    {
        var frame = state.Frame;
        var up = state.Attitude.Up;
        var forwardUp = Vector3.Dot(up, frame.Forward);
        var longUp = Math.Clamp(Vector3.Dot(up, frame.Up), -1f, 1f);
        var rightUp = Vector3.Dot(up, frame.Right);

        // Recline is the long axis' elevation; tilt is the roll about it, right side lower positive, for either face.
        var recline = Math.Asin(longUp);
        var tilt = Math.Atan2(-rightUp, Math.Abs(forwardUp));
        var postureClass = Classify(state, forwardUp, longUp, settings);

        // Pelvis acceleration along the horizontal long axis: specific force minus gravity, projected.
        var horizontal = frame.Up - (longUp * up);
        var horizontalLength = horizontal.Length();
        var longAxisAcceleration = 0.0;
        if (horizontalLength > MinHorizontalLongAxis)
        {
            var linear = sample.Acceleration - (frame.GravityMetersPerSecondSquared * state.MotionUp);
            longAxisAcceleration = Vector3.Dot(linear, horizontal) / horizontalLength;
        }

        // A slow mean of that acceleration is tilt error, not motion (the pelvis's velocity stays bounded): remove it,
        // then integrate with a leak, i.e. velocity through a first-order high-pass. While the pelvis turns fast
        // (getting on or off) gravity removal is unreliable: hold the velocity at zero and let the mean follow quickly.
        var rate = (sample.AngularVelocity - state.GyroBias - state.Attitude.GyroBias).Length();
        // After turning, the mean restarts as a plain average that becomes exponential once it spans its time constant.
        var turning = rate > TurningRateRadiansPerSecond;
        var calm = turning ? 0 : state.Current.CalmSeconds + dt;
        var meanWeight = turning || !(calm > 0) ? 1 : dt / Math.Min(calm, settings.AccelerationMeanSeconds);
        var mean = state.Current.LongAxisAccelerationMean + ((longAxisAcceleration - state.Current.LongAxisAccelerationMean) * meanWeight);
        var decay = Decay(dt, settings.VelocityHighPassSeconds);
        var velocity = turning ? 0 : (state.Current.LongAxisVelocity * decay) + ((longAxisAcceleration - mean) * Math.Min(dt, MaxIntegrationStepSeconds));

        return new BodyPosture(sample.Time, postureClass, recline, tilt, forwardUp, velocity, rate, frame.IsCalibrated, mean, calm);
    }

    private static PostureClass Classify(in PostureState state, float forwardUp, float longUp, PostureSettings settings)
    {
        // Without a standing phase yet, wait for it (until the window closes).
        if (!state.Frame.IsCalibrated && !state.CalibrationDone)
        {
            return PostureClass.Unknown;
        }

        if (longUp >= settings.SinUpright)
        {
            return PostureClass.Upright;
        }

        if (forwardUp < 0)
        {
            return PostureClass.FaceDown;
        }

        return longUp >= settings.SinReclined ? PostureClass.Reclined : PostureClass.FaceUp;
    }

    /// <summary>exp(−dt/τ), with the cheap series for the usual short steps.</summary>
    internal static double Decay(double dt, double timeConstant)
    {
        var x = dt / timeConstant;
        return x < 0.05 ? 1 - x + (0.5 * x * x) : Math.Exp(-x);
    }
}
