namespace IrisStack.Components.Config;

/// <summary>Did-you-mean suggestions for misspelt keys and ids, by edit distance.</summary>
public static class DidYouMean
{
    /// <summary><c> (did you mean 'x'?)</c> for the nearest candidate, or empty when none is near.</summary>
    public static string Suggest(string text, IEnumerable<string> candidates)
    {
        var best = candidates
            .Select(c => (Candidate: c, Distance: Distance(text.ToLowerInvariant(), c.ToLowerInvariant())))
            .Where(c => c.Distance <= Math.Max(2, text.Length / 3))
            .OrderBy(c => c.Distance).ThenBy(c => c.Candidate, StringComparer.Ordinal)
            .FirstOrDefault();
        return best.Candidate is null ? string.Empty : $" (did you mean '{best.Candidate}'?)";
    }

    /// <summary>Levenshtein distance.</summary>
    public static int Distance(string a, string b)
    {
        var previous = Enumerable.Range(0, b.Length + 1).ToArray();
        for (var i = 1; i <= a.Length; i++)
        {
            var current = new int[b.Length + 1];
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }

            previous = current;
        }

        return previous[b.Length];
    }
}
