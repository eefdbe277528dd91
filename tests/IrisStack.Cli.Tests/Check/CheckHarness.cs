namespace IrisStack.Cli.Tests.Check;

/// <summary>Runs the tool in process and makes throw-away project folders with real stack files.</summary>
internal static class CheckHarness
{
    public const string ProjectFile = "name: iris-stack\nruntime: dotnet\nmain: infra/\n";

    public const string DevStack = """
        config:
          aws:region: eu-west-1
          iris-stack:accountId: "111111111111"
          iris-stack:network:
            cidr: 10.20.0.0/16
            azCount: 2
            natStrategy: single
            flowLogRetentionDays: 30
          iris-stack:policies:
            minimumLogRetentionDays: 30
        """;

    // Flow logs kept 30 days while the stack demands a year: one mandatory violation.
    public const string InsecureStack = """
        config:
          aws:region: eu-west-1
          iris-stack:accountId: "111111111111"
          iris-stack:network:
            cidr: 10.20.0.0/16
            azCount: 2
            natStrategy: single
            flowLogRetentionDays: 30
          iris-stack:policies:
            minimumLogRetentionDays: 365
        """;

    public const string MisspeltPolicyStack = """
        config:
          aws:region: eu-west-1
          iris-stack:accountId: "111111111111"
          iris-stack:policies:
            levels:
              vpc-flow-log-enabled: advisory
        """;

    public static async Task<(int Code, string Out, string Err)> Run(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var code = await CliApp.RunAsync(args, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }

    public static string Fixture(string name) => Path.Combine(RepositoryRoot(), "tests", "IrisStack.Cli.Tests", "Check", "Fixtures", name);

    public static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "IrisStack.Offline.slnf")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("No IrisStack.Offline.slnf above the test binaries.");
    }
}
