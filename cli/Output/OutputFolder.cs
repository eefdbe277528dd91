using IrisStack.Components.Graph;

namespace IrisStack.Cli.Output;

/// <summary>
/// Writes a command's files all or nothing, so a failed run leaves nothing behind: a preflight
/// (a path component that is a file, a destination that is a folder, a folder that cannot be
/// written to), then every file into a hidden staging folder, then each staged file moved into
/// place only once all were written; the staging folder is removed in every case.
/// A folder (<c>--out</c>) holds only the current run's files: irisstack keeps an
/// <see cref="OutputRecord"/> of what it wrote there and, on the next run, removes what it wrote
/// before and no longer writes. It never deletes or overwrites a file it did not write: a non-empty
/// folder without a record, or a file of someone else's where a file is to go, is refused.
/// A failure is reported as <c>error: OPTION PATH: problem. Fix: ...</c> (exit code 2) before the
/// command prints anything else.
/// </summary>
internal static class OutputFolder
{
    private const string StagingPrefix = ".irisstack-staging-";

    /// <summary>
    /// Writes <paramref name="files"/> under <paramref name="target"/> and removes the files an
    /// earlier run wrote there that are not among them (<paramref name="removed"/>, relative paths);
    /// false (and the error on stderr) when that is not possible or not irisstack's to do.
    /// </summary>
    public static bool TryWrite(string option, DirectoryInfo target, IReadOnlyList<Artifact> files, TextWriter stderr, out IReadOnlyList<string> removed)
    {
        removed = [];
        var root = target.FullName;
        var (earlier, refusal) = Ownership(root);
        refusal ??= Foreign(root, earlier, files);
        if (refusal is not null)
        {
            stderr.WriteLine($"error: {option} {root}: {refusal.Value.Problem}. Fix: {refusal.Value.Fix}.");
            return false;
        }

        var destinations = files.Select(f => (File: f, Path: Full(root, f.Path))).ToList();
        var written = files.Select(f => f.Path).ToList();
        var stale = earlier.Except(written, StringComparer.Ordinal).Where(p => File.Exists(Full(root, p))).ToList();
        var record = new RunRecord(Full(root, OutputRecord.FileName), OutputRecord.Text(earlier.Union(written, StringComparer.Ordinal)), OutputRecord.Text(written), stale);
        var problem = Preflight(root, destinations.Select(d => d.Path).Append(record.Path)) ?? Write(root, destinations, record);
        if (problem is null)
        {
            removed = stale;
            return true;
        }

        stderr.WriteLine($"error: {option} {root}: {problem}. Fix: pass {option} a folder you can write to (it is created if missing).");
        return false;
    }

    /// <summary>Writes one file (a report) atomically, as <see cref="TryWrite"/> writes each file; the file's folder is not a run's folder, so it keeps no record.</summary>
    public static bool TryWriteFile(string option, FileInfo target, string content, TextWriter stderr)
    {
        var folder = target.Directory;
        var problem = folder is null || target.Name.Length == 0 || Directory.Exists(target.FullName)
            ? "is a folder, not a file"
            : Preflight(folder.FullName, [target.FullName]) ?? Write(folder.FullName, [(new Artifact(target.Name, content), target.FullName)], null);
        if (problem is null)
        {
            return true;
        }

        stderr.WriteLine($"error: {option} {target.FullName}: {problem}. Fix: pass {option} the path of a file you can write to, e.g. {option} reports/policy.sarif.");
        return false;
    }

    // Whether the folder is irisstack's to write: missing, empty, or holding a record of what it
    // wrote there (those files are returned). Anything else stays untouched.
    private static (IReadOnlySet<string> Earlier, Refusal? Refusal) Ownership(string root)
    {
        var none = new HashSet<string>(StringComparer.Ordinal);
        var recordPath = Full(root, OutputRecord.FileName);
        if (!Directory.Exists(root))
        {
            return (none, null);
        }

        if (!File.Exists(recordPath))
        {
            return Directory.EnumerateFileSystemEntries(root).Any()
                ? (none, new Refusal($"the folder is not empty and irisstack did not write it (it has no {OutputRecord.FileName} record), so its files are left alone", "choose an empty folder or remove it"))
                : (none, null);
        }

        try
        {
            var (earlier, problem) = OutputRecord.Read(File.ReadAllText(recordPath));
            return earlier is null ? (none, new Refusal(problem!, "choose an empty folder or remove it")) : (earlier, null);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return (none, new Refusal($"cannot read its {OutputRecord.FileName} record ({Reason(e)})", "make it readable, or choose an empty folder"));
        }
    }

    // A file to be written where a file irisstack did not write already is: never overwritten.
    private static Refusal? Foreign(string root, IReadOnlySet<string> earlier, IEnumerable<Artifact> files) =>
        files.FirstOrDefault(f => !earlier.Contains(f.Path) && File.Exists(Full(root, f.Path))) is { } taken
            ? new Refusal($"{taken.Path} is already there and irisstack did not write it", "move it out of the folder, or choose an empty folder")
            : null;

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

    // Everything is staged first, then moved into place; the staging folder sits in the nearest
    // existing folder of the target (the target itself once it exists), so the moves stay on one file
    // system and are renames. Moves are not one transaction: a failure between them (after the
    // preflight passed, e.g. the disk went away) leaves the earlier files replaced; it is still
    // reported as an error. In a run's folder the record is replaced twice: first by one listing the
    // earlier files and the new ones, so whatever a failure leaves is recorded as irisstack's, and
    // last by the new files alone, once the stale ones are gone.
    private static string? Write(string target, IReadOnlyList<(Artifact File, string Path)> destinations, RunRecord? record)
    {
        var staging = Path.Combine(NearestExistingFolder(target)!, StagingPrefix + Guid.NewGuid().ToString("N"));
        try
        {
            Directory.CreateDirectory(staging);
            var count = 0;
            string StageText(string content)
            {
                var path = Path.Combine(staging, (count++).ToString(System.Globalization.CultureInfo.InvariantCulture));
                File.WriteAllText(path, content);
                return path;
            }

            var interim = record is null ? null : StageText(record.Interim);
            var staged = destinations.Select(d => (From: StageText(d.File.Content), To: d.Path)).ToList();
            var final = record is null ? null : StageText(record.Final);
            if (record is not null)
            {
                Move(interim!, record.Path);
            }

            foreach (var (from, to) in staged)
            {
                Move(from, to);
            }

            if (record is not null)
            {
                Remove(target, record.Stale);
                Move(final!, record.Path);
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

    private static void Move(string from, string to)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(to)!);
        File.Move(from, to, overwrite: true);
    }

    // The files an earlier run wrote and this one does not, then the folders that held only them.
    private static void Remove(string root, IEnumerable<string> stale)
    {
        foreach (var path in stale.Select(p => Full(root, p)))
        {
            File.Delete(path);
            for (var folder = Path.GetDirectoryName(path); folder is not null && folder.Length > root.Length && !Directory.EnumerateFileSystemEntries(folder).Any(); folder = Path.GetDirectoryName(folder))
            {
                Directory.Delete(folder);
            }
        }
    }

    private static string Full(string root, string relative) => Path.Combine(root, relative.Replace('/', Path.DirectorySeparatorChar));

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

    /// <summary>Why a folder is not irisstack's to write, and what the user can do.</summary>
    private readonly record struct Refusal(string Problem, string Fix);

    /// <summary>A run's record: where it goes, its text while the files move (earlier and new) and after (new), and the earlier files to remove.</summary>
    private sealed record RunRecord(string Path, string Interim, string Final, IReadOnlyList<string> Stale);
}
