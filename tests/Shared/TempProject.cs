namespace IrisStack.Tests.Shared;

/// <summary>
/// A throw-away project folder: the real Pulumi.yaml (or none) and the stack files a test makes
/// up; deleted on dispose.
/// </summary>
internal sealed class TempProject : IDisposable
{
    private TempProject(bool withProjectFile, IEnumerable<(string Stack, string Yaml)> stacks)
    {
        Path = Directory.CreateTempSubdirectory("irisstack-test-").FullName;
        if (withProjectFile)
        {
            System.IO.File.Copy(System.IO.Path.Combine(RepoPaths.Root, "Pulumi.yaml"), File("Pulumi.yaml"));
        }

        foreach (var (stack, yaml) in stacks)
        {
            System.IO.File.WriteAllText(File($"Pulumi.{stack}.yaml"), yaml.EndsWith('\n') ? yaml : yaml + "\n");
        }
    }

    public string Path { get; }

    /// <summary>A project with the real Pulumi.yaml and the given stack files.</summary>
    public static TempProject Of(params (string Stack, string Yaml)[] stacks) => new(true, stacks);

    /// <summary>A folder with no Pulumi project at all (for inputs that do not need one).</summary>
    public static TempProject WithoutProjectFile() => new(false, []);

    /// <summary>A project whose stack <paramref name="stack"/> has exactly <paramref name="stackYaml"/> as its file.</summary>
    public static TempProject With(string stack, string stackYaml) => Of((stack, stackYaml));

    /// <summary>A project whose stack is the real dev stack file with <paramref name="extraYaml"/> appended under config.</summary>
    public static TempProject DevWith(string stack, string extraYaml) =>
        With(stack, System.IO.File.ReadAllText(System.IO.Path.Combine(RepoPaths.Root, "Pulumi.dev.yaml")) + extraYaml);

    /// <summary>The full path of a file in the folder.</summary>
    public string File(string name) => System.IO.Path.Combine(Path, name);

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
