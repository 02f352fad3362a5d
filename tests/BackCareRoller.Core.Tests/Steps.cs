using BackCareRoller.Core.Alignment;
using BackCareRoller.Core.Samples;

namespace BackCareRoller.Core.Tests;

/// <summary>Runs the pure Step functions over sample sequences, as the operators do.</summary>
internal static class Steps
{
    /// <summary>The aligned form of each kept sample.</summary>
    public static AlignedSample[] Align(IEnumerable<ImuSample> samples, AlignmentSettings? settings = null)
    {
        var state = AlignmentState.Initial;
        var aligned = new List<AlignedSample>();
        foreach (var sample in samples)
        {
            state = SampleAligner.Step(state, sample, settings ?? AlignmentSettings.Default);
            if (state.HasCurrent)
            {
                aligned.Add(state.Current);
            }
        }

        return [.. aligned];
    }

    /// <summary>Folds <paramref name="step"/> over <paramref name="inputs"/> and returns every intermediate state.</summary>
    public static TState[] Fold<TState, TInput>(TState initial, IEnumerable<TInput> inputs, Func<TState, TInput, TState> step)
    {
        var states = new List<TState>();
        var state = initial;
        foreach (var input in inputs)
        {
            state = step(state, input);
            states.Add(state);
        }

        return [.. states];
    }
}
