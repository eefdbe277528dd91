namespace IrisStack.Cli.Tests.Check;

/// <summary>A temporary project folder: Pulumi.yaml (optional) and stack files; deleted on dispose.</summary>
internal sealed class TempProject : IDisposable
{
    public TempProject(bool withProjectFile = true, params (string Stack, string Yaml)[] stacks)
    {
        Path = Directory.CreateTempSubdirectory("irisstack-check-").FullName;
        if (withProjectFile)
        {
            System.IO.File.WriteAllText(System.IO.Path.Combine(Path, "Pulumi.yaml"), CheckHarness.ProjectFile);
        }

        foreach (var (stack, yaml) in stacks)
        {
            System.IO.File.WriteAllText(System.IO.Path.Combine(Path, $"Pulumi.{stack}.yaml"), yaml + "\n");
        }
    }

    public string Path { get; }

    public string File(string name) => System.IO.Path.Combine(Path, name);

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
