using BackCareRoller.Core.Summary;
using static BackCareRoller.Core.Tests.Summary.SummaryStreams;

namespace BackCareRoller.Core.Tests.Summary;

public sealed class DwellDetectorTests
{
    private const double Span = 0.03;

    [Fact]
    public void Step_FirstDwellEndsByMoving_IsNotReported()
    {
        var state = DwellDetector.Step(default, S(0), 0, Span);
        state = DwellDetector.Step(state, S(30), 0.01, Span);
        state = DwellDetector.Step(state, S(31), 0.05, Span);

        Assert.False(state.Ended);
    }

    [Fact]
    public void Step_DwellAfterMovementEndsByMoving_ReportsItsFirstAndLastSample()
    {
        var state = DwellDetector.Step(default, S(0), 0, Span);
        state = DwellDetector.Step(state, S(1), 0.05, Span);
        state = DwellDetector.Step(state, S(2), 0.06, Span);
        state = DwellDetector.Step(state, S(25), 0.07, Span);
        state = DwellDetector.Step(state, S(26), 0.09, Span);

        Assert.True(state.Ended);
        Assert.Equal(S(1), state.EndedStart);
        Assert.Equal(S(25), state.EndedEnd);
    }

    [Fact]
    public void Step_SpreadExactlyTheSpan_StaysInTheDwell()
    {
        // Binary-exact positions, so the spread is exactly the span.
        var state = DwellDetector.Step(default, S(0), 0, 0.25);
        state = DwellDetector.Step(state, S(1), 0.5, 0.25);
        state = DwellDetector.Step(state, S(2), 0.75, 0.25);

        Assert.False(state.Ended);
        Assert.Equal(S(1), state.Start);
        Assert.Equal(S(2), state.Last);
    }
}
