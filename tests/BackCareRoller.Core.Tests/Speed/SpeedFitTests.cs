using BackCareRoller.Core.Speed;

namespace BackCareRoller.Core.Tests.Speed;

public sealed class SpeedFitTests
{
    private static SpeedFit Fit(IEnumerable<(double X, double Y)> points) =>
        points.Aggregate(new SpeedFit { HalfWidthSeconds = 0.05 }, (fit, p) => fit.Add(p.X, p.Y));

    [Fact]
    public void Value_QuadraticData_ConstantTermExactly()
    {
        var fit = Fit(Enumerable.Range(-9, 19).Select(i => (i / 10.0, 0.02 + (0.01 * i / 10.0) - (0.03 * i * i / 100.0))));

        Assert.Equal(0.02, fit.Value(), 12);
    }

    [Fact]
    public void Value_NoisyData_MatchesMathNetLeastSquaresPolynomial()
    {
        // Oracle: MathNet's Fit.Polynomial on the same points.
        var random = new Random(9);
        for (var trial = 0; trial < 20; trial++)
        {
            var xs = Enumerable.Range(0, 7 + trial).Select(_ => (2 * random.NextDouble()) - 1).ToArray();
            var ys = xs.Select(x => 0.03 + (0.02 * x) + (0.01 * random.NextDouble())).ToArray();

            var expected = MathNet.Numerics.Fit.Polynomial(xs, ys, 2)[0];

            Assert.Equal(expected, Fit(xs.Zip(ys)).Value(), 10);
        }
    }

    [Fact]
    public void Value_ThreeSamples_LinearFit()
    {
        var fit = Fit([(-0.5, 0.01), (0.2, 0.024), (0.6, 0.032)]);

        Assert.Equal(0.02, fit.Value(), 12);
    }

    [Fact]
    public void Value_OneSample_ThatSample() => Assert.Equal(0.042, Fit([(0.3, 0.042)]).Value());

    [Fact]
    public void Value_SamplesAllAtOneOffset_TheirMean() => Assert.Equal(0.03, Fit([(0.5, 0.02), (0.5, 0.04), (0.5, 0.03), (0.5, 0.03)]).Value(), 12);
}
