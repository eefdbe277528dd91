namespace IrisStack.Tests.Shared;

/// <summary>Finds the repository root (the folder with Infra.sln) from the test binaries, so tests read the real stack files.</summary>
internal static class RepoPaths
{
    public static string Root { get; } = Find();

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Infra.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Infra.sln not found above " + AppContext.BaseDirectory);
    }
}
