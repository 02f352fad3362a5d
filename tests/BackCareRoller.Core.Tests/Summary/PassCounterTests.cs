using BackCareRoller.Core.Summary;

namespace BackCareRoller.Core.Tests.Summary;

public sealed class PassCounterTests
{
    private const double Minimum = 0.03;

    [Theory]
    [InlineData(new[] { 0.0, 0.02, 0.0, 0.02 }, 0)]
    [InlineData(new[] { 0.0, 0.03 }, 1)]
    [InlineData(new[] { 0.0, -0.03 }, 1)]
    [InlineData(new[] { 0.0, 0.05, 0.03, 0.08 }, 1)]
    [InlineData(new[] { 0.0, 0.05, 0.02 }, 2)]
    [InlineData(new[] { 0.0, 0.10, 0.0, 0.10, 0.0 }, 4)]
    [InlineData(new[] { 0.0, 0.02, -0.02 }, 1)]
    public void Step_PositionSequence_CountsStrokesOfAtLeastTheMinimum(double[] positions, int expected)
    {
        var state = default(PassCounterState);
        foreach (var position in positions)
        {
            state = PassCounter.Step(state, position, Minimum);
        }

        Assert.Equal(expected, state.Passes);
    }
}
