using IrisStack.Components.Graph;
using IrisStack.Policies.Rules.ApiGateway;
using static IrisStack.Policies.Tests.Rules.ApiGateway.ApiGatewayFixture;

namespace IrisStack.Policies.Tests.Rules.ApiGateway;

public sealed class KongAdminApiNotExposedTests
{
    private readonly KongAdminApiNotExposed policy = new();

    private static ResourceNode Deployment() => Node(DeploymentName);

    private static ResourceNode Service() => Node(ServiceName);

    private static ListValue Ports(params MapValue[] ports) => ListValue.Of(ports);

    [Fact]
    public void AdminApiOff_NoAdminPortInAService_IsCompliant() =>
        Assert.Equal(PolicyOutcome.Compliant, policy.Evaluate(Graph(), Context));

    [Fact]
    public void AdminApiOnLoopback_IsCompliant()
    {
        var section = Section();
        section["adminApi"] = "loopback";

        Assert.Equal(PolicyOutcome.Compliant, policy.Evaluate(Graph(Files(section)), Context));
    }

    [Fact]
    public void AdminListenLeftToKongsDefault_IsLoopback_AndCompliant() =>
        Assert.Equal(PolicyOutcome.Compliant, policy.Evaluate(Graph(null, EditKongConf(t => t.Replace("admin_listen = off\n", string.Empty, StringComparison.Ordinal))), Context));

    [Fact]
    public void AdminApiOnAllInterfaces_IsFlagged_NamingTheSetting()
    {
        var outcome = policy.Evaluate(Graph(null, EditKongConf(t => t.Replace("admin_listen = off", "admin_listen = 0.0.0.0:8001, 127.0.0.1:8444 ssl", StringComparison.Ordinal))), Context);

        var finding = Fixtures.Outcomes.Single(outcome, ConfigMapName, ApiGatewayResources.KongConfProperty);
        Assert.Contains("'0.0.0.0:8001' binds 0.0.0.0, not loopback", finding.Message, StringComparison.Ordinal);
        Assert.Equal(("adminApi", "off"), (finding.Setting, finding.Want));
    }

    [Fact]
    public void AnEnvironmentOverrideOnAllInterfaces_IsFlagged()
    {
        var env = ListValue.Of(MapValue.Of(("name", "KONG_ADMIN_LISTEN"), ("value", "0.0.0.0:8444 http2 ssl")));
        var deployment = Deployment().With("spec.template.spec.containers", ListValue.Of(MapValue.Of(("name", "kong"), ("env", env))));

        var finding = Fixtures.Outcomes.Single(policy.Evaluate(Graph(null, deployment), Context), DeploymentName, "spec.template.spec.containers[0].env");
        Assert.Contains("KONG_ADMIN_LISTEN '0.0.0.0:8444 http2 ssl' overrides kong.conf", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AServicePortOnTheAdminApi_IsFlagged()
    {
        var service = Service().With("spec.ports", Ports(
            MapValue.Of(("name", "proxy"), ("port", 443), ("targetPort", "proxy")),
            MapValue.Of(("name", "admin"), ("port", 8444), ("targetPort", 8444))));

        var finding = Fixtures.Outcomes.Single(policy.Evaluate(Graph(null, service), Context), ServiceName, "spec.ports[1]");
        Assert.Contains("targets the Admin API port 8444", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AServicePortNamingTheAdminContainerPort_IsFlagged()
    {
        var deployment = Deployment().With("spec.template.spec.containers", ListValue.Of(MapValue.Of(
            ("name", "kong"),
            ("ports", ListValue.Of(MapValue.Of(("name", "proxy"), ("containerPort", 8443)), MapValue.Of(("name", "kong-admin"), ("containerPort", 8001)))))));
        var service = Service().With("spec.ports", Ports(MapValue.Of(("name", "admin"), ("port", 80), ("targetPort", "kong-admin"))));

        Fixtures.Outcomes.Single(policy.Evaluate(Graph(null, deployment, service), Context), ServiceName, "spec.ports[0]");
    }

    [Fact]
    public void AStackWithoutTheApiGateway_IsNotApplicable()
    {
        var graph = new GraphBuilder("iris-stack", "test");
        foreach (var node in Graph().Nodes.Where(n => !ApiGatewayResources.IsApiGateway(n)))
        {
            graph.Add(node);
        }

        Assert.Equal(PolicyOutcome.NotApplicable, policy.Evaluate(graph.Build(), Context));
    }

    [Fact]
    public void Examines_TheTiersKindsOnly() =>
        Assert.Equal([true, true, true, false], new[] { ApiGatewayResources.ConfigMapType, ApiGatewayResources.ServiceType, ApiGatewayResources.DeploymentType, ApiGatewayResources.SecretType }.Select(policy.Examines));
}
