using System.Globalization;
using BackCareRoller.LoadHarness;

// Load harness for `backcare serve` (issue 6): N simulated phones on loopback, two sensors at 100 Hz per session,
// a live viewer per session; measures end-to-end alert latency (sample sent -> alert received), CPU and memory.
// Run: dotnet run -c Release --project tests/BackCareRoller.LoadHarness -- --sessions 200 --seconds 60 [--memory-store]
var sessions = 200;
var memoryStore = false;
var seconds = 60;
for (var i = 0; i < args.Length; i++)
{
    switch (args[i])
    {
        case "--memory-store":
            memoryStore = true;
            break;
        case "--sessions" when i + 1 < args.Length:
            sessions = int.Parse(args[++i], CultureInfo.InvariantCulture);
            break;
        case "--seconds" when i + 1 < args.Length:
            seconds = int.Parse(args[++i], CultureInfo.InvariantCulture);
            break;
        default:
            Console.Error.WriteLine($"unknown option {args[i]}; use --sessions N --seconds S [--memory-store]");
            return 2;
    }
}

var result = await LoadRun.RunAsync(sessions, TimeSpan.FromSeconds(seconds), memoryStore);
Console.WriteLine(result);
return 0;
