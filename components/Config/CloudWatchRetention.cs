using System.Collections.Immutable;

namespace IrisStack.Components.Config;

/// <summary>Log retention settings, limited to the values CloudWatch Logs accepts.</summary>
public static class CloudWatchRetention
{
    /// <summary>The retention values CloudWatch Logs accepts (0 means never expire).</summary>
    public static readonly ImmutableArray<int> Days =
        [0, 1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288, 3653];

    /// <summary>Reads a retention in days; a value CloudWatch would refuse is an error naming the nearest one it accepts.</summary>
    public static int Read(ConfigSection section, string key, int @default, string description)
    {
        var days = section.Int(key, @default, description, 1, 3653);
        if (!Days.Contains(days))
        {
            var next = Days.First(d => d >= days);
            section.Error(key, $"{days} is not a retention CloudWatch Logs accepts.", $"use one of {string.Join(", ", Days.Skip(1))}, e.g. {next}.");
        }

        return days;
    }
}
