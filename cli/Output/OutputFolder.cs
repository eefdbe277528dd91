using IrisStack.Components.Graph;

namespace IrisStack.Cli.Output;

/// <summary>
/// Writes a command's files all or nothing, so a failed run leaves nothing behind: a preflight
/// (a path component that is a file, a destination that is a folder, a folder that cannot be
/// written to), then every file into a hidden staging folder, then each staged file moved into
/// place only once all were written; the staging folder is removed in every case. Only the named
/// files are touched, nothing else in the target folder. A failure is reported as
/// <c>error: OPTION PATH: problem. Fix: ...</c> (exit code 2) before the command prints anything else.
/// </summary>
internal static class OutputFolder
{
    private const string StagingPrefix = ".irisstack-staging-";

    /// <summary>Writes <paramref name="files"/> under <paramref name="target"/>; false (and the error on stderr) when that is not possible.</summary>
    public static bool TryWrite(string option, DirectoryInfo target, IReadOnlyList<Artifact> files, TextWriter stderr)
    {
        var destinations = files.Select(f => (File: f, Path: Path.Combine(target.FullName, f.Path.Replace('/', Path.DirectorySeparatorChar)))).ToList();
        var problem = Preflight(target.FullName, destinations.Select(d => d.Path)) ?? Write(target.FullName, destinations);
        if (problem is null)
        {
            return true;
        }

        stderr.WriteLine($"error: {option} {target.FullName}: {problem}. Fix: pass {option} a folder you can write to (it is created if missing).");
        return false;
    }

    /// <summary>Writes one file (a report) as <see cref="TryWrite(string, DirectoryInfo, IReadOnlyList{Artifact}, TextWriter)"/> does.</summary>
    public static bool TryWriteFile(string option, FileInfo target, string content, TextWriter stderr)
    {
        var folder = target.Directory;
        var problem = folder is null || target.Name.Length == 0 || Directory.Exists(target.FullName)
            ? "is a folder, not a file"
            : Preflight(folder.FullName, [target.FullName]) ?? Write(folder.FullName, [(new Artifact(target.Name, content), target.FullName)]);
        if (problem is null)
        {
            return true;
        }

        stderr.WriteLine($"error: {option} {target.FullName}: {problem}. Fix: pass {option} the path of a file you can write to, e.g. {option} reports/policy.sarif.");
        return false;
    }

    // What is in the way, checked before anything is written: a file where a folder must be, a
    // folder where a file must be, or an existing folder that does not accept new files.
    private static string? Preflight(string target, IEnumerable<string> destinations)
    {
        var existingFolders = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var destination in destinations)
        {
            if (Directory.Exists(destination))
            {
                return $"{destination} is a folder, but the command writes a file there";
            }

            for (var folder = Path.GetDirectoryName(destination); folder is not null; folder = Path.GetDirectoryName(folder))
            {
                if (File.Exists(folder))
                {
                    return $"{folder} is a file, but the command needs a folder there";
                }

                if (Directory.Exists(folder))
                {
                    existingFolders.Add(folder);
                    break;
                }
            }
        }

        foreach (var folder in existingFolders)
        {
            if (Probe(folder) is { } problem)
            {
                return problem;
            }
        }

        return Probe(NearestExistingFolder(target));
    }

    // Creating (and at once deleting) a file is the only reliable test of "can write here" (ACLs, read-only mounts).
    private static string? Probe(string? folder)
    {
        if (folder is null)
        {
            return "no part of the path exists";
        }

        try
        {
            using var _ = new FileStream(Path.Combine(folder, StagingPrefix + Guid.NewGuid().ToString("N")), FileMode.CreateNew, FileAccess.Write, FileShare.None, 1, FileOptions.DeleteOnClose);
            return null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return $"cannot write to {folder} ({Reason(e)})";
        }
    }

    // Stage everything, then move into place; the staging folder sits in the nearest existing folder
    // of the target (the target itself once it exists), so the moves stay on one file system and are
    // renames. Moves are not one transaction: a failure between them (after the preflight passed, e.g.
    // the disk went away) leaves the earlier files replaced; it is still reported as an error.
    private static string? Write(string target, IReadOnlyList<(Artifact File, string Path)> destinations)
    {
        var staging = Path.Combine(NearestExistingFolder(target)!, StagingPrefix + Guid.NewGuid().ToString("N"));
        try
        {
            Directory.CreateDirectory(staging);
            var staged = new List<(string From, string To)>();
            foreach (var (file, path) in destinations)
            {
                var from = Path.Combine(staging, staged.Count.ToString(System.Globalization.CultureInfo.InvariantCulture));
                File.WriteAllText(from, file.Content);
                staged.Add((from, path));
            }

            foreach (var (from, to) in staged)
            {
                Directory.CreateDirectory(Path.GetDirectoryName(to)!);
                File.Move(from, to, overwrite: true);
            }

            return null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return $"cannot write the files ({Reason(e)})";
        }
        finally
        {
            try
            {
                if (Directory.Exists(staging))
                {
                    Directory.Delete(staging, recursive: true);
                }
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // Best effort: the write itself succeeded or its error is already reported.
            }
        }
    }

    private static string Reason(Exception e) => e.Message.TrimEnd('.');

    private static string? NearestExistingFolder(string path)
    {
        for (var folder = path; folder is not null; folder = Path.GetDirectoryName(folder))
        {
            if (Directory.Exists(folder))
            {
                return folder;
            }
        }

        return null;
    }
}
