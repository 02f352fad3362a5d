using System.Reactive.Linq;
using BackCareRoller.Core.Samples;
using BackCareRoller.Core.Speed;

namespace BackCareRoller.Core.Zones;

/// <summary>The zone estimator as a pipeline stage (issue 4).</summary>
public static class ZoneEventOperators
{
    /// <summary>
    /// Estimates the zone under the roller from the roller's motion and the body sensor's samples, emitting a
    /// <see cref="ZoneEvent"/> whenever move, zone or side change and whenever a lumbar or neck alert is due.
    /// </summary>
    /// <param name="inputs">Roller motions and body samples, in time order.</param>
    /// <param name="settings">The estimator's settings; validated here.</param>
    /// <returns>Zone changes and forbidden-zone alerts, timed at the sample that caused them.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A setting is out of its range.</exception>
    public static IObservable<ZoneEvent> ZoneEvents(this IObservable<ZoneInput> inputs, ZoneEstimatorSettings settings)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        ArgumentNullException.ThrowIfNull(settings);
        settings.Validate();
        return inputs
            .Scan(ZoneEstimator.Initial(settings), (state, input) => ZoneEstimator.Step(state, input, settings))
            .Where(state => state.Changed || state.Raised is not null)
            .Select(state => new ZoneEvent(state.Estimate, state.Changed, state.Raised));
    }

    /// <summary>
    /// Estimates the zone from the roller's motion and the body sensor's samples, merged in arrival order. Both
    /// streams must come from the same time base (one replay or one live session).
    /// </summary>
    /// <param name="rollerMotions">The roller's rotation, one per roller sample.</param>
    /// <param name="bodySamples">Body-sensor samples; may be empty (roller only: zones need a guided move).</param>
    /// <param name="settings">The estimator's settings; validated here.</param>
    /// <returns>Zone changes and forbidden-zone alerts.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A setting is out of its range.</exception>
    public static IObservable<ZoneEvent> ZoneEvents(
        this IObservable<RollerMotion> rollerMotions,
        IObservable<ImuSample> bodySamples,
        ZoneEstimatorSettings settings)
    {
        ArgumentNullException.ThrowIfNull(rollerMotions);
        ArgumentNullException.ThrowIfNull(bodySamples);
        ArgumentNullException.ThrowIfNull(settings);
        return rollerMotions.Select(ZoneInput.FromRoller)
            .Merge(bodySamples.Select(ZoneInput.FromBody))
            .ZoneEvents(settings);
    }
}
