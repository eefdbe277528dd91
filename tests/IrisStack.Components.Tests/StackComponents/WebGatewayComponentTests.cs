using IrisStack.Components.Config;
using IrisStack.Components.Graph;
using IrisStack.Components.WebGateway;
using IrisStack.Stack.Components;
using static IrisStack.Components.Tests.StackComponents.Args;

namespace IrisStack.Components.Tests.StackComponents;

public sealed class WebGatewayComponentTests
{
    private static ComponentBuild<WebGatewayOutputs> Build(string name, ConfigMap args, ClusterHandover handover = ClusterHandover.ProviderOption) =>
        WebGatewayComponent.Build(name, WebGatewayComponent.Resolve("iris-stack", "test", name, args, handover));

    private static IEnumerable<ResourceNode> Kubernetes(ResourceGraph graph) =>
        graph.Nodes.Where(n => n.Type.StartsWith("kubernetes:", StringComparison.Ordinal));

    [Fact]
    public void IntoAnExistingCluster_InheritsTheProviderAndUsesTheNamespaceGiven()
    {
        var build = Build("gw", Shared.With(("cluster", Map(("namespace", S("edge")), ("port", S("9443"))))));

        Assert.All(Kubernetes(build.Graph), n => Assert.Null(n.Options.Provider));
        Assert.All(Kubernetes(build.Graph), n => Assert.Equal(new StringValue("edge"), n.Input("metadata.namespace")));
        Assert.Empty(build.Graph.ExternalResources);
        Assert.Contains("listen 9443 ssl", build.Artifacts.Single(a => a.Path == WebGatewayArtifacts.NginxConfPath).Content, StringComparison.Ordinal);
        Assert.Equal(new StringValue("gw.edge.svc.cluster.local"), build.Outputs.Single(o => o.Name == "serviceHost").Value);
    }

    [Fact]
    public void FromAClusterComponent_NamesItsProviderAndWaitsForItsNamespace()
    {
        var build = Build("gw", Shared.With(), ClusterHandover.ClusterResources);
        var deployment = build.Graph["gw-deployment"];

        Assert.Equal("cluster.kubernetesProvider", deployment.Options.Provider);
        Assert.Contains("cluster.namespaces.iris-web-gateway", deployment.Options.DependsOn);
        Assert.Contains("cluster.kubernetesProvider", build.Graph.ExternalResources);
    }

    [Fact]
    public void PasswordInput_StaysASecretInput()
    {
        var build = Build("gw", Shared.With(("iris", Map(("password", Input("iris.password"))))));
        var ini = (InterpolationValue)((MapValue)build.Graph["gw-csp-ini"].Input("stringData")!)["CSP.ini"]!;

        Assert.Contains(new SecretValue(new ExternalInput("iris.password")), ini.Parts);
        Assert.DoesNotContain(build.Graph.Nodes, n => n.Type == "random:index/randomPassword:RandomPassword");
        Assert.Contains("Password=[secret]", build.Artifacts.Single(a => a.Path == WebGatewayArtifacts.CspIniPath).Content, StringComparison.Ordinal);
    }

    [Fact]
    public void PlainPassword_IsRefusedWithTheSecretFix()
    {
        var error = Assert.Throws<ConfigException>(() => Build("gw", Shared.With(("iris", Map(("password", S("hunter2")))))));

        var problem = Assert.Single(error.Errors);
        Assert.Equal("WebGatewayArgs.iris.password", problem.Key);
        Assert.Contains("Output.CreateSecret", problem.Fix, StringComparison.Ordinal);
        Assert.DoesNotContain("hunter2", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AdminPathsWithoutCidrs_RefusedByThePolicy()
    {
        var error = Record.Exception(() => Build("gw", Shared.With(("adminPaths", List(S("/csp/sys/"))))));

        Assert.True(error is ConfigException or ComponentPolicyException, error?.GetType().Name);
    }
}
