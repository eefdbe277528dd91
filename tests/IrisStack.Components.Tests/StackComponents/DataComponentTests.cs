using IrisStack.Components.Config;
using IrisStack.Components.Data;
using IrisStack.Components.Graph;
using IrisStack.Stack.Components;
using static IrisStack.Components.Tests.StackComponents.Args;

namespace IrisStack.Components.Tests.StackComponents;

public sealed class DataComponentTests
{
    private static readonly ConfigList ControlPlane = List(S("10.0.0.0/19"), S("10.0.64.0/19"), S("10.0.128.0/19"));

    // A cluster of the user's: its OIDC provider comes as inputs.
    private static readonly (string, ConfigNode) Zones = ("platform", Map(
        ("zones", List(S("eu-west-1a"), S("eu-west-1b"), S("eu-west-1c"))), ("namespace", S("iris-db")), ("controlPlaneCidrs", ControlPlane),
        ("oidcProviderArn", Input("platform.oidcProviderArn")), ("oidcIssuer", Input("platform.oidcIssuer"))));

    private static ComponentBuild<DataOutputs> Build(string name, ConfigMap args, ClusterHandover handover = ClusterHandover.ProviderOption) =>
        DataComponent.Build(name, DataComponent.Resolve("iris-stack", "test", name, args, handover));

    [Fact]
    public void IntoAnExistingCluster_InheritsTheProviderAndUsesTheNamespaceGiven()
    {
        var build = Build("db", Shared.With(Zones));
        // The operator has a namespace of its own; everything else goes in the one given.
        var kubernetes = build.Graph.Nodes.Where(n => n.Type.StartsWith("kubernetes:", StringComparison.Ordinal) && n.Type != "kubernetes:helm.sh/v3:Release"
            && n.Input("metadata.namespace") != new StringValue("iris-operator") && n.Input("metadata.name") != new StringValue("iris-operator")).ToList();

        Assert.Contains(kubernetes, n => n.Type == "kubernetes:intersystems.com/v1alpha1:IrisCluster");
        Assert.All(kubernetes, n => Assert.Null(n.Options.Provider));
        Assert.All(kubernetes, n => Assert.Equal(new StringValue("iris-db"), n.Input("metadata.namespace")));
        Assert.Empty(build.Graph.ExternalResources);
        var trust = build.Graph.OfType("aws:iam/role:Role").Single(r => r.Name == "db-exports-role").Input("assumeRolePolicy");
        Assert.Contains(new ExternalInput("platform.oidcIssuer"), ((InterpolationValue)trust!).Parts);
        Assert.Equal(["data/common.cpf", "data/compute.cpf", "data/data.cpf", "data/pki.yaml"], build.Artifacts.Select(a => a.Path).Order(StringComparer.Ordinal));
        Assert.IsType<OutputReference>(build.Outputs.Single(o => o.Name == "caCertPem").Value);
    }

    [Fact]
    public void FromAClusterComponent_NamesItsProviderAndWaitsForItsNamespace()
    {
        var build = Build("db", Shared.With(("protectStatefulResources", S("false")), ("platform", Map(("zones", List(S("eu-west-1a"))), ("controlPlaneCidrs", ControlPlane)))), ClusterHandover.ClusterResources);
        var irisCluster = build.Graph.OfType("kubernetes:intersystems.com/v1alpha1:IrisCluster").Single();

        Assert.Equal("platform.kubernetesProvider", irisCluster.Options.Provider);
        Assert.Contains("platform.namespaces.iris", irisCluster.Options.DependsOn);
    }

    [Fact]
    public void WithoutZones_OrWithThePredefinedGatewayAccount_EveryProblemIsNamed()
    {
        var error = Assert.Throws<ConfigException>(() => Build("db", Shared.With(("webGatewayUsername", S("CSPSystem")))));

        Assert.Equal(["DataArgs.platform.controlPlaneCidrs", "DataArgs.platform.oidcIssuer", "DataArgs.platform.oidcProviderArn", "DataArgs.platform.zones", "DataArgs.webGatewayUsername"],
            error.Errors.Select(e => e.Key).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Protected_IsMirroredByDefault_WithTheArbiterInTheThirdZone()
    {
        var build = Build("db", Shared.With(Zones));
        var topology = build.Graph.OfType("kubernetes:intersystems.com/v1alpha1:IrisCluster").Single();

        Assert.Equal(ListValue.Of(new StringValue("eu-west-1c")), topology.Input("spec.topology.arbiter.preferredZones"));
    }
}
