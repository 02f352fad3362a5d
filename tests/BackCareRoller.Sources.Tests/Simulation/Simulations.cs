using System.Collections.Concurrent;
using BackCareRoller.Core.Samples;
using BackCareRoller.Sources.Simulation;

namespace BackCareRoller.Sources.Tests.Simulation;

/// <summary>Sessions shared by the tests: building a truth walks the whole session, so each is built once.</summary>
internal static class Simulations
{
    private static readonly ConcurrentDictionary<SimulationOptions, Lazy<SimulatedSession>> Cache = new();

    public static SimulatedSession Get(SimulationOptions options) =>
        Cache.GetOrAdd(options, o => new Lazy<SimulatedSession>(() => SessionSimulator.Create(o))).Value;

    public static SimulatedSession Default(int seed) => Get(new SimulationOptions { Seed = seed });

    public static SimulatedSession Firmware(int seed) => Get(new SimulationOptions { Seed = seed, Mount = RollerMount.FirmwareAxis });

    public static IEnumerable<object[]> Seeds(int count) => Enumerable.Range(0, count).Select(i => new object[] { i });
}
