using IrisStack.Tests.Shared;

namespace IrisStack.Cli.Tests.Data;

/// <summary>The data layer through the tool: prod shows it and passes; planted insecure changes are caught by a policy or refused as config.</summary>
public sealed class DataPreviewTests
{
    private const string DataSection = "  iris-stack:data:\n";

    private static string ProdWith(string securityYaml)
    {
        var prod = File.ReadAllText(Path.Combine(RepoPaths.Root, "Pulumi.prod.yaml"));
        Assert.Contains(DataSection, prod, StringComparison.Ordinal);
        return prod.Replace(DataSection, DataSection + "    security: " + securityYaml + "\n", StringComparison.Ordinal);
    }

    private static async Task<CliRun> Preview(string prod)
    {
        using var project = TempProject.Of(("prod", prod));
        return await CliRun.Of("preview", "-s", "prod", "--cwd", project.Path, "--out", project.File("out"), "--no-color");
    }

    [Fact]
    public async Task Prod_ShowsTheDataSubtree_AndPassesEveryPolicy()
    {
        var run = await Preview(File.ReadAllText(Path.Combine(RepoPaths.Root, "Pulumi.prod.yaml")));

        Assert.Equal(CliApp.Ok, run.ExitCode);
        Assert.Matches("[├└]─ iris:data:Data +data ", run.Stdout);
        Assert.Contains("kubernetes:intersystems.com/v1alpha1:IrisCluster", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("data-tls-mirror-cert", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("PASSED iris-stack-policies", run.Stdout, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{audit: {enabled: false}}", "iris-merge-audit-enabled")]
    [InlineData("{superserverTls: {required: false}}", "iris-merge-superserver-tls-required")]
    public async Task InsecureSetting_FailsThePreviewWithItsPolicy(string security, string policy)
    {
        var run = await Preview(ProdWith(security));

        Assert.Equal(CliApp.PolicyViolations, run.ExitCode);
        Assert.Contains(policy, run.Stdout, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{users: [{name: bob, roles: [\"%All\"]}]}", "iris-stack:data.security.users[0].roles[0]")]
    [InlineData("{predefinedPassword: SYS}", "iris-stack:data.security.predefinedPassword")]
    [InlineData("{users: [{name: bob}]}", "iris-stack:data.security.users[0].roles")]
    [InlineData("{roles: [{name: Reader, resources: [\"%DB_NOPE:R\"]}]}", "iris-stack:data.security.roles[0].resources[0]")]
    public async Task InsecureOrBrokenSetting_IsAConfigError(string security, string key)
    {
        var run = await Preview(ProdWith(security));

        Assert.Equal(CliApp.InvalidInput, run.ExitCode);
        Assert.Contains(key, run.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("SYS\n", run.Stderr, StringComparison.Ordinal);
    }
}
