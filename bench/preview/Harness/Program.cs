using System.Diagnostics;
using System.Globalization;
using System.Text.Json;

// Times whole processes: each case runs `runs` times after one warm-up; prints min and median in
// milliseconds as JSON. Usage: Harness <runs> <name>=<command line> ...
var runs = int.Parse(args[0], CultureInfo.InvariantCulture);
var results = new Dictionary<string, object>();
foreach (var spec in args.Skip(1))
{
    var name = spec[..spec.IndexOf('=', StringComparison.Ordinal)];
    var parts = spec[(name.Length + 1)..].Split(' ', StringSplitOptions.RemoveEmptyEntries);
    Run(parts);
    var times = Enumerable.Range(0, runs).Select(_ => Run(parts)).Order().ToList();
    results[name] = new { minMs = Math.Round(times[0], 1), medianMs = Math.Round(times[times.Count / 2], 1), runs };
}

Console.WriteLine(JsonSerializer.Serialize(results, new JsonSerializerOptions { WriteIndented = true }));

static double Run(string[] command)
{
    var info = new ProcessStartInfo(command[0]) { RedirectStandardOutput = true, RedirectStandardError = true };
    foreach (var argument in command.Skip(1))
    {
        info.ArgumentList.Add(argument);
    }

    var clock = Stopwatch.StartNew();
    using var process = Process.Start(info)!;
    process.StandardOutput.ReadToEnd();
    process.StandardError.ReadToEnd();
    process.WaitForExit();
    if (process.ExitCode is not (0 or 1))
    {
        throw new InvalidOperationException($"{string.Join(' ', command)} exited {process.ExitCode}");
    }

    return clock.Elapsed.TotalMilliseconds;
}
