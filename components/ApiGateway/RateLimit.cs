using System.Collections.Immutable;
using System.Globalization;
using IrisStack.Components.Collections;
using IrisStack.Components.Config;

namespace IrisStack.Components.ApiGateway;

/// <summary>
/// One rate-limiting-advanced limit set: the n-th limit counts requests in the n-th window, so the
/// two lists have the same length and no window appears twice (two limits over one window
/// leave only the lower one in force).
/// </summary>
/// <param name="Limits">Requests allowed per window.</param>
/// <param name="WindowSizes">Window lengths in seconds.</param>
/// <param name="Namespace">The counters' namespace: static, or DB-less Kong regenerates it and resets the counters on every config change.</param>
public sealed record RateLimit(EquatableArray<int> Limits, EquatableArray<int> WindowSizes, string Namespace)
{
    /// <summary>Reads <c>limits</c>, <c>windowSizes</c> and <c>namespace</c> of <paramref name="section"/>.</summary>
    public static RateLimit Read(ConfigSection section, IReadOnlyList<string> defaultLimits, IReadOnlyList<string> defaultWindows, string defaultNamespace)
    {
        var limits = Positive(section, "limits", defaultLimits, "Requests allowed per window, one per window in windowSizes");
        var windows = Positive(section, "windowSizes", defaultWindows, "Window lengths in seconds, one per limit in limits");
        if (limits.Length != windows.Length && section.Has("limits") | section.Has("windowSizes"))
        {
            section.Error(section.Has("windowSizes") ? "windowSizes" : "limits",
                $"has {windows.Length} windows for {limits.Length} limits; Kong pairs the n-th limit with the n-th window and refuses lists of different lengths.",
                "give limits and windowSizes the same number of entries.");
        }

        foreach (var twice in windows.GroupBy(w => w).Where(g => g.Count() > 1))
        {
            section.Error("windowSizes", $"lists the window {twice.Key} more than once, so only the lowest of its limits is in force.", "give each limit its own window length.");
        }

        if (section.IsEmptyList("limits") || section.IsEmptyList("windowSizes"))
        {
            section.Error(section.IsEmptyList("limits") ? "limits" : "windowSizes", "is empty; rate-limiting-advanced requires at least one limit.", "list at least one limit and its window, e.g. limits: [100], windowSizes: [60].");
        }

        var ns = section.String("namespace", defaultNamespace, "Counter namespace, static so DB-less reloads keep the counters",
            n => KongNames.IsName(n) ? null : $"'{n}' is not a plain name (letters, digits, - and _).");
        return new RateLimit([.. limits], [.. windows], ns);
    }

    private static ImmutableArray<int> Positive(ConfigSection section, string key, IReadOnlyList<string> @default, string description) =>
        [.. section.StringList(key, @default, description,
            t => int.TryParse(t, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0 ? null : $"'{t}' is not a positive whole number.",
            "use a positive whole number (seconds for windows).")
            .Select(t => int.Parse(t, CultureInfo.InvariantCulture))];
}
