using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace BackCareRoller.Benchmarks.Storage;

/// <summary>
/// In-process runs: the default toolchain rebuilds the whole solution per job, which overruns its 2-minute build
/// timeout on a 2-core machine; these benchmarks measure SQLite I/O, which the host process does not distort.
/// </summary>
public sealed class StorageBenchmarkConfig : ManualConfig
{
    public StorageBenchmarkConfig()
    {
        AddJob(Job.Default
            .WithToolchain(InProcessEmitToolchain.Instance)
            .WithLaunchCount(1)
            .WithWarmupCount(3)
            .WithIterationCount(15));
    }
}

/// <summary>One operation per iteration, for operations that take tens of milliseconds and change the database.</summary>
public sealed class SingleInvocationStorageBenchmarkConfig : ManualConfig
{
    public SingleInvocationStorageBenchmarkConfig()
    {
        AddJob(Job.Default
            .WithToolchain(InProcessEmitToolchain.Instance)
            .WithLaunchCount(1)
            .WithWarmupCount(3)
            .WithIterationCount(15)
            .WithInvocationCount(1)
            .WithUnrollFactor(1));
    }
}
