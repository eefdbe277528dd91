using IrisStack.Components.Data;
using IrisStack.Components.Graph;
using IrisStack.Components.WebGateway;
using IrisStack.Tests.Shared;

namespace IrisStack.Components.Tests.Blueprint;

/// <summary>
/// Cross-layer names: the pods IKO will create (read back from the IrisCluster manifest, not from
/// the config) are the servers the Web Gateway's CSP.ini names, the hosts the IRIS certificates
/// cover, and live where the tier NetworkPolicies admit the gateway; and the gateway verifies
/// IRIS against the CA that signed those certificates.
/// </summary>
public sealed class IrisNamesAlignmentTests
{
    [Theory]
    [InlineData("dev")]
    [InlineData("prod")]
    public void IrisPods_AreWhatTheGatewayTheCertificatesAndThePoliciesName(string stack)
    {
        var build = RealStacks.Build(stack);
        var graph = build.Graph;
        var names = NamesOf(Assert.Single(graph.OfType("kubernetes:intersystems.com/v1alpha1:IrisCluster")));

        var cspIni = build.Artifacts.Single(a => a.Path == WebGatewayArtifacts.CspIniPath).Content.Split('\n');
        var servers = cspIni.Where(l => l.StartsWith("Ip_Address=", StringComparison.Ordinal)).Select(l => l["Ip_Address=".Length..]).ToList();
        Assert.Equal<string>(names.GatewayHosts, servers);

        var superserverSans = Sans(graph, "iris-tls-superserver");
        Assert.All(names.DataHosts.Concat(names.ComputeHosts), host => Assert.Contains(host, superserverSans));
        if (names.Mirrored)
        {
            var mirrorSans = Sans(graph, "iris-tls-mirror");
            Assert.All(names.DataHosts.Concat(names.ArbiterPods.Select(names.Host)), host => Assert.Contains(host, mirrorSans));
        }

        // The gateway's egress to IRIS and IRIS's ingress from the gateway are in the IrisCluster's namespace.
        var toIris = graph.OfType("kubernetes:networking.k8s.io/v1:NetworkPolicy").Single(p => p.Name.EndsWith("web-gateway-egress-to-iris-compute", StringComparison.Ordinal));
        var peerNamespace = ((MapValue)((MapValue)((ListValue)((MapValue)((ListValue)toIris.Input("spec.egress")!).Items[0])["to"]!).Items[0])["namespaceSelector"]!)["matchLabels"];
        Assert.Contains(new StringValue(names.Namespace), ((MapValue)peerNamespace!).Entries.Values);
        Assert.Contains(graph.OfType("kubernetes:networking.k8s.io/v1:NetworkPolicy"),
            p => p.Name.EndsWith("iris-compute-ingress-from-web-gateway", StringComparison.Ordinal) && p.Input("metadata.namespace") == new StringValue(names.Namespace));

        var gatewayCa = StringData(graph, "webgateway-tls", "ca.pem");
        var irisCa = StringData(graph, "iris-tls-superserver", "ca.pem");
        Assert.NotNull(irisCa);
        Assert.Equal(irisCa, gatewayCa);
    }

    private static IrisClusterNames NamesOf(ResourceNode irisCluster)
    {
        var mirrored = irisCluster.Input("spec.topology.data.mirrored") is BoolValue { Value: true };
        var compute = irisCluster.Input("spec.topology.compute.replicas") is NumberValue n ? (int)n.Value : 0;
        return new IrisClusterNames(
            ((StringValue)irisCluster.Input("metadata.name")!).Value,
            ((StringValue)irisCluster.Input("metadata.namespace")!).Value,
            mirrored,
            compute);
    }

    private static Value? StringData(ResourceGraph graph, string secretName, string key) =>
        ((MapValue)graph.OfType("kubernetes:core/v1:Secret").Single(s => s.Input("metadata.name") == new StringValue(secretName)).Input("stringData")!)[key];

    private static List<string> Sans(ResourceGraph graph, string secretName)
    {
        var certNode = ((OutputReference)StringData(graph, secretName, "tls.crt")!).Node;
        var request = graph.Find(((OutputReference)graph.Find(certNode)!.Input("certRequestPem")!).Node)!;
        return [.. ((ListValue)request.Input("dnsNames")!).Items.Select(i => ((StringValue)i).Value)];
    }
}
