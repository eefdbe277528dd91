namespace IrisStack.Tests.Shared;

/// <summary>A throw-away project folder with the real Pulumi.yaml and one stack file, for configs the tests make up.</summary>
internal sealed class TempProject : IDisposable
{
    private TempProject(string path) => Path = path;

    public string Path { get; }

    /// <summary>A project whose stack <paramref name="stack"/> has exactly <paramref name="stackYaml"/> as its file.</summary>
    public static TempProject With(string stack, string stackYaml)
    {
        var path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "irisstack-test-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(path);
        File.Copy(System.IO.Path.Combine(RepoPaths.Root, "Pulumi.yaml"), System.IO.Path.Combine(path, "Pulumi.yaml"));
        File.WriteAllText(System.IO.Path.Combine(path, $"Pulumi.{stack}.yaml"), stackYaml);
        return new TempProject(path);
    }

    /// <summary>A project whose stack is the real dev stack file with <paramref name="extraYaml"/> appended under config.</summary>
    public static TempProject DevWith(string stack, string extraYaml) =>
        With(stack, File.ReadAllText(System.IO.Path.Combine(RepoPaths.Root, "Pulumi.dev.yaml")) + extraYaml);

    /// <summary>Every file under the folder, relative paths.</summary>
    public IReadOnlyList<string> Files() =>
        [.. Directory.EnumerateFiles(Path, "*", SearchOption.AllDirectories).Select(f => System.IO.Path.GetRelativePath(Path, f)).Order(StringComparer.Ordinal)];

    public void Dispose()
    {
        if (Directory.Exists(Path))
        {
            Directory.Delete(Path, recursive: true);
        }
    }
}
