using IrisStack.Tests.Shared;

namespace IrisStack.Cli.Tests.Check;

/// <summary>Runs the tool in process and makes throw-away project folders with real stack files.</summary>
internal static class CheckHarness
{
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
          # Two zones, like a dev stack: nothing protected, so no mirror is asked for.
          iris-stack:protectStatefulResources: false
        """;

    // Flow logs kept 30 days while the stack demands a year: one mandatory violation.
    public static readonly string InsecureStack = DevStack.Replace("minimumLogRetentionDays: 30", "minimumLogRetentionDays: 365", StringComparison.Ordinal);

    public const string MisspeltPolicyStack = """
        config:
          aws:region: eu-west-1
          iris-stack:accountId: "111111111111"
          iris-stack:policies:
            levels:
              vpc-flow-log-enabled: advisory
        """;

    public static string Fixture(string name) => Path.Combine(RepoPaths.Root, "tests", "IrisStack.Cli.Tests", "Check", "Fixtures", name);
}
