using System.Reactive.Linq;
using BackCareRoller.Core.Speed;

namespace BackCareRoller.Core.Alerts;

/// <summary>The too-fast alert stage of the sample pipeline.</summary>
public static class TooFastOperators
{
    /// <summary>Raises a <see cref="AlertKind.TooFast"/> alert per too-fast episode, at most one per minimum interval.</summary>
    /// <param name="motions">Roller motions in time order.</param>
    /// <param name="settings">The too-fast settings.</param>
    /// <returns>The alerts, each at the time of the sample that triggered it.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="motions"/> or <paramref name="settings"/> is null.</exception>
    public static IObservable<Alert> TooFastAlerts(this IObservable<RollerMotion> motions, TooFastSettings settings)
    {
        ArgumentNullException.ThrowIfNull(motions);
        ArgumentNullException.ThrowIfNull(settings);
        return motions
            .Scan(TooFastState.Initial, (state, motion) => TooFastRule.Step(state, motion, settings))
            .Where(state => state.Raised)
            .Select(state => new Alert(state.LastTime, AlertKind.TooFast));
    }
}
