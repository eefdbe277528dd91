using IrisStack.Stack;
using static IrisStack.Policies.Tests.WebGateway.WebGatewayFixtures;

namespace IrisStack.Policies.Tests.WebGateway;

/// <summary>The dev and prod stacks' Web Gateway passes every web gateway policy.</summary>
public class WebGatewayConformanceTests
{
    [Theory]
    [InlineData("dev")]
    [InlineData("prod")]
    public void StackWebGateway_PassesItsPolicies(string stack)
    {
        var config = StackConfigLoader.Load(new StackFileConfigSource(Root(), stack));
        var graph = Graph(config.WebGateway, config.Context);
        var report = PolicyRunner.Run(PolicyPack.Default(), graph, config.Policies);
        var results = report.Results.Where(r => r.Policy.Layer == "webgateway").ToList();

        // Passed means a web-gateway ConfigMap (or CSP.ini Secret) was found and judged: a policy that
        // found nothing to check would be NotApplicable, and one that could not read it has a finding.
        Assert.Equal(8, results.Count);
        Assert.All(results, r => Assert.True(r.Status == PolicyStatus.Passed, $"{r.Policy.Id}: {r.Status} {string.Join("; ", r.Violations.Select(v => v.Message))}"));
        Assert.All(results, r => Assert.Empty(r.Violations));
    }

    private static string Root()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Pulumi.yaml")))
        {
            directory = directory.Parent;
        }

        return directory!.FullName;
    }
}
