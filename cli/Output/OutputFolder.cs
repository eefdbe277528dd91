using IrisStack.Components.Stack;

namespace IrisStack.Cli.Output;

/// <summary>
/// Writes files into a folder, each through a temporary file renamed into place, so a reader
/// never sees a half-written file. Only the named files are touched; nothing else in the folder.
/// </summary>
internal static class OutputFolder
{
    public static void Write(DirectoryInfo target, IEnumerable<Artifact> files)
    {
        foreach (var file in files)
        {
            var path = Path.Combine(target.FullName, file.Path.Replace('/', Path.DirectorySeparatorChar));
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            var temporary = path + ".tmp";
            File.WriteAllText(temporary, file.Content);
            File.Move(temporary, path, overwrite: true);
        }
    }
}
