using BenchmarkDotNet.Running;

namespace BackCareRoller.Benchmarks;

/// <summary>Run: <c>dotnet run -c Release --project tests/BackCareRoller.Benchmarks -- --filter '*'</c>.</summary>
public static class BenchmarkProgram
{
    public static void Main(string[] args) =>
        BenchmarkSwitcher.FromAssembly(typeof(BenchmarkProgram).Assembly).Run(args);
}
