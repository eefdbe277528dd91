using IrisStack.Components.Cluster;
using IrisStack.Components.Config;
using IrisStack.Components.Graph;
using IrisStack.Stack.Components;
using static IrisStack.Components.Tests.StackComponents.Args;

namespace IrisStack.Components.Tests.StackComponents;

public sealed class ClusterComponentTests
{
    private static ConfigMap Subnet(string path, string zone, string cidr) =>
        Map(("id", Input(path)), ("availabilityZone", S(zone)), ("cidr", S(cidr)));

    // A VPC of the user's own, handed over as inputs.
    private static ConfigMap OwnNetwork => Map(
        ("vpcId", Input("network.vpcId")),
        ("vpcCidr", S("10.20.0.0/16")),
        ("logsKeyArn", Input("network.logsKeyArn")),
        ("publicSubnets", List(Subnet("network.publicSubnets[0].id", "eu-west-1a", "10.20.0.0/24"), Subnet("network.publicSubnets[1].id", "eu-west-1b", "10.20.1.0/24"))),
        ("privateSubnets", List(Subnet("network.privateSubnets[0].id", "eu-west-1a", "10.20.16.0/20"), Subnet("network.privateSubnets[1].id", "eu-west-1b", "10.20.32.0/20"))));

    private static ComponentBuild<ClusterOutputs> Build(string name, ConfigMap args) =>
        ClusterComponent.Build(name, ClusterComponent.Resolve("iris-stack", "test", name, args));

    [Fact]
    public void ExistingVpc_ReachesTheEksClusterAsInputs()
    {
        var build = Build("iris", Shared.With(("network", OwnNetwork)));
        var eks = build.Graph["iris-eks"];

        Assert.Equal(new ExternalInput("network.vpcId"), eks.Input("vpcId"));
        Assert.Equal(ListValue.Of(new ExternalInput("network.privateSubnets[0].id"), new ExternalInput("network.privateSubnets[1].id")), eks.Input("privateSubnetIds"));
        Assert.Equal("<input: network.vpcId>", ValueText.Display(eks.Input("vpcId")));
        Assert.Equal(new StringValue("iris-stack-test-iris"), eks.Input("name"));
        Assert.Equal("iris-k8s", build.Layer.KubernetesProvider);
    }

    [Fact]
    public void Outputs_GiveADataComponentTheOidcProviderAndIssuer()
    {
        var outputs = Build("iris", Shared.With(("network", OwnNetwork))).Outputs.ToDictionary(o => o.Name, o => o.Value);

        Assert.Equal(new OutputReference("iris-eks", "oidcProviderArn"), outputs["oidcProviderArn"]);
        Assert.Equal(new OutputReference("iris-eks", "oidcIssuer"), outputs["oidcIssuer"]);
    }

    [Fact]
    public void NetworkArgs_Missing_NameEveryArg()
    {
        var network = Map(("vpcCidr", S("10.20.0.0/33")), ("privateSubnets", List(Map(("cidr", S("10.20.16.0/20"))))));

        var error = Assert.Throws<ConfigException>(() => ClusterComponent.Resolve("iris-stack", "test", "iris", Shared.With(("network", network))));

        Assert.Superset(
            new HashSet<string>(["ClusterArgs.network.vpcCidr", "ClusterArgs.network.vpcId", "ClusterArgs.network.logsKeyArn", "ClusterArgs.network.privateSubnets",
                "ClusterArgs.network.privateSubnets[0].id", "ClusterArgs.network.privateSubnets[0].availabilityZone"]),
            error.Errors.Select(e => e.Key).ToHashSet());
    }

    [Fact]
    public void PublicEndpointOpenToTheWorld_IsAnArgsError()
    {
        var error = Assert.Throws<ConfigException>(() => ClusterComponent.Resolve("iris-stack", "test", "iris",
            Shared.With(("network", OwnNetwork), ("endpointPublicAccessCidrs", List(S("0.0.0.0/0"))))));

        Assert.Contains(error.Errors, e => e.Key.StartsWith("ClusterArgs.endpointPublicAccessCidrs", StringComparison.Ordinal));
    }
}
