using IrisStack.Components.Config;
using IrisStack.Components.Graph;
using IrisStack.Components.Network;
using IrisStack.Stack.Components;
using static IrisStack.Components.Tests.StackComponents.Args;

namespace IrisStack.Components.Tests.StackComponents;

public sealed class NetworkComponentTests
{
    private static ComponentBuild<NetworkOutputs> Build(string name, ConfigMap args) =>
        NetworkComponent.Build(name, NetworkComponent.Resolve("iris-stack", "test", name, args));

    [Fact]
    public void Args_Invalid_ListsEveryProblemUnderTheArgPath()
    {
        var args = Map(("accountId", S("12345")), ("cidr", S("10.0.0.0/33")), ("azCount", S("9")), ("natStrategy", S("twice")), ("subnetz", S("x")));

        var error = Assert.Throws<ConfigException>(() => NetworkComponent.Resolve("iris-stack", "test", "net", args));

        Assert.Equal(
            ["NetworkArgs.accountId", "NetworkArgs.azCount", "NetworkArgs.cidr", "NetworkArgs.natStrategy", "NetworkArgs.region", "NetworkArgs.subnetz"],
            error.Errors.Select(e => e.Key).Distinct().Order(StringComparer.Ordinal));
        Assert.StartsWith("Invalid NetworkArgs of 'net' (", error.Message, StringComparison.Ordinal);
        Assert.Contains("set NetworkArgs.region, e.g. to eu-west-1.", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("pulumi config set", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("My.Net")]
    [InlineData("web_gateway")]
    [InlineData("-edge")]
    [InlineData("a-name-that-is-far-too-long-for-kubernetes-labels")]
    public void Name_NotADnsLabel_IsAnArgsError(string name)
    {
        var error = Assert.Throws<ConfigException>(() => NetworkComponent.Resolve("iris-stack", "test", name, Shared.With()));

        var problem = Assert.Single(error.Errors);
        Assert.Equal("Network name", problem.Key);
        Assert.Contains(name, problem.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void TwoInstances_DifferentNames_ShareNoLogicalOrPhysicalName()
    {
        var a = Build("edge-net", Shared.With());
        var b = Build("data-net", Shared.With(("cidr", S("10.1.0.0/16"))));

        Assert.Empty(a.Graph.Nodes.Select(n => n.Name).Intersect(b.Graph.Nodes.Select(n => n.Name)));
        Assert.All(a.Graph.Nodes, n => Assert.StartsWith("edge-net", n.Name, StringComparison.Ordinal));
        Assert.Equal(new StringValue("alias/iris-stack-test-edge-net-logs"), a.Graph["edge-net-logs-key-alias"].Input("name"));
        Assert.Equal(new StringValue("/iris-stack/test/data-net/vpc-flow-logs"), b.Graph["data-net-flow-logs"].Input("name"));
        Assert.Equal("urn:pulumi:test::iris-stack::iris:network:Network::edge-net", a.Graph.UrnOf("edge-net"));
    }

    [Fact]
    public void QualifyPhysicalNamesOff_KeepsTheStacksNames()
    {
        var build = Build("network", Shared.With(("qualifyPhysicalNames", S("false"))));

        Assert.Equal(new StringValue("alias/iris-stack-test-logs"), build.Graph["network-logs-key-alias"].Input("name"));
    }

    [Fact]
    public void Args_ShortRetention_RefusedWithThePolicyFinding()
    {
        var error = Assert.Throws<ComponentPolicyException>(() => Build("net", Shared.With(("flowLogRetentionDays", S("30")))));

        Assert.Contains("log-group-retention", error.Message, StringComparison.Ordinal);
        Assert.Contains("nothing was registered", error.Message, StringComparison.Ordinal);
        Assert.False(error.Report.Passed);
        // The fix names the arg the component user sets, not the stack file's key.
        var finding = Assert.Single(error.Report.Results.SelectMany(r => r.Open));
        Assert.Equal("NetworkArgs.flowLogRetentionDays", finding.Setting);
        Assert.StartsWith("Set `NetworkArgs.flowLogRetentionDays` to 365 or more", finding.Fix, StringComparison.Ordinal);
    }

    [Fact]
    public void Args_ShortRetention_SuppressedWithAReason_Builds()
    {
        var suppression = Map(("policy", S("log-group-retention")), ("resource", S("net-flow-logs")), ("reason", S("sandbox account, logs are exported nightly")));
        var build = Build("net", Shared.With(("flowLogRetentionDays", S("30")), ("policies", Map(("suppressions", List(suppression))))));

        Assert.True(build.Report.Passed);
        Assert.Contains(build.Report.Results, r => r.Policy.Id == "log-group-retention" && r.Violations.Single().IsSuppressed);
    }

    [Fact]
    public void Suppression_WithoutReason_IsAnArgsError()
    {
        var suppression = Map(("policy", S("log-group-retention")));
        var error = Assert.Throws<ConfigException>(() => NetworkComponent.Resolve("iris-stack", "test", "net", Shared.With(("policies", Map(("suppressions", List(suppression)))))));

        Assert.Contains(error.Errors, e => e.Key == "NetworkArgs.policies.suppressions[0].reason");
    }

    [Fact]
    public void Outputs_AreReferencesIntoTheSubgraph()
    {
        var build = Build("net", Shared.With());

        Assert.Equal(["vpcId", "vpcCidr", "publicSubnetIds", "privateSubnetIds", "logsKeyArn"], build.Outputs.Select(o => o.Name));
        Assert.Equal(new OutputReference("net-vpc", "id"), build.Outputs.Single(o => o.Name == "vpcId").Value);
    }
}
