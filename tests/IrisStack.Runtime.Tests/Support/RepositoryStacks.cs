namespace IrisStack.Runtime.Tests.Support;

/// <summary>The repository root (where Pulumi.yaml and the stack files are).</summary>
public static class RepositoryStacks
{
    public static string Root()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Pulumi.yaml")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("Pulumi.yaml not found above the test binaries.");
    }
}
