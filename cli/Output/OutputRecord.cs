namespace IrisStack.Cli.Output;

/// <summary>
/// The record irisstack keeps in a folder it writes with <c>--out</c>: the relative path of every
/// file it wrote there, one a line. It is how the next run tells its own earlier files (removed
/// when no longer written) from anyone else's (never touched); a non-empty folder without one is
/// not irisstack's to write into.
/// </summary>
internal static class OutputRecord
{
    /// <summary>The record's file name in the folder; hidden, so a listing shows the run's files only.</summary>
    public const string FileName = ".irisstack-files";

    private const string Header =
        "# The files irisstack wrote to this folder, one a line. The next run into it removes those it no longer writes, and nothing else.";

    /// <summary>The record's text for <paramref name="paths"/> (relative, forward slashes).</summary>
    public static string Text(IEnumerable<string> paths) =>
        string.Concat(new[] { Header }.Concat(paths.Order(StringComparer.Ordinal)).Select(line => line + "\n"));

    /// <summary>The paths a record lists, or the first line that is not a path inside the folder (a record edited by hand cannot point elsewhere).</summary>
    public static (IReadOnlySet<string>? Paths, string? Problem) Read(string text)
    {
        var paths = new SortedSet<string>(StringComparer.Ordinal);
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].TrimEnd('\r');
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            if (!IsInside(line))
            {
                return (null, $"line {i + 1} of its {FileName} record ('{line}') is not a path inside the folder, so irisstack cannot tell its own files from others'");
            }

            paths.Add(line);
        }

        return (paths, null);
    }

    private static bool IsInside(string path) =>
        !Path.IsPathRooted(path) && !path.Contains('\\', StringComparison.Ordinal) &&
        path.Split('/').All(segment => segment is not ("" or "." or ".."));
}
