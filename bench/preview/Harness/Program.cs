using System.Diagnostics;
using System.Globalization;
using System.Text.Json;

// Times whole processes: one warm-up of each case, then `runs` rounds that run every case once in
// turn, so a change in the machine's load (it is shared) falls on every case alike rather than on
// whichever ran last. Prints min and median in milliseconds as JSON.
// Usage: Harness <runs> <name>=<command line> ...
var runs = int.Parse(args[0], CultureInfo.InvariantCulture);
var cases = args.Skip(1)
    .Select(spec => (Name: spec[..spec.IndexOf('=', StringComparison.Ordinal)], Command: spec[(spec.IndexOf('=', StringComparison.Ordinal) + 1)..].Split(' ', StringSplitOptions.RemoveEmptyEntries)))
    .ToList();
foreach (var (_, command) in cases)
{
    Run(command);
}

var times = cases.ToDictionary(c => c.Name, _ => new List<double>());
for (var round = 0; round < runs; round++)
{
    foreach (var (name, command) in cases)
    {
        times[name].Add(Run(command));
    }
}

var results = times.ToDictionary(
    t => t.Key,
    t =>
    {
        var sorted = t.Value.Order().ToList();
        return new { minMs = Math.Round(sorted[0], 1), medianMs = Math.Round(sorted[sorted.Count / 2], 1), runs };
    });
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
    // Both streams drain at once: reading one to its end first could block on the other's full pipe.
    var stderr = process.StandardError.ReadToEndAsync();
    process.StandardOutput.ReadToEnd();
    var errors = stderr.Result;
    process.WaitForExit();
    if (process.ExitCode is not (0 or 1))
    {
        throw new InvalidOperationException($"{string.Join(' ', command)} exited {process.ExitCode}: {errors}");
    }

    return clock.Elapsed.TotalMilliseconds;
}
