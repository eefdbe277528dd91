namespace IrisStack.Components.Tests.Schema;

/// <summary>The repository root (the folder with Pulumi.yaml), found from the test assembly's folder.</summary>
public static class RepositoryRoot
{
    /// <summary>The root folder.</summary>
    public static string Path { get; } = Find();

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "Pulumi.yaml")))
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException($"No Pulumi.yaml above {AppContext.BaseDirectory}.");
    }
}
