using IrisStack.Components.Cluster;
using IrisStack.Components.Graph;
using IrisStack.Tests.Shared;

namespace IrisStack.Components.Tests.Blueprint;

/// <summary>
/// Cross-layer wiring: the cluster layer's tier NetworkPolicies and the workload layers' pods
/// must agree on labels and ports, or the default-deny policies silently drop real traffic.
/// </summary>
public sealed class TierWiringTests
{
    [Theory]
    [InlineData("dev")]
    [InlineData("prod")]
    public void EveryTieredWorkload_ServesExactlyThePortsItsIngressPoliciesAdmit(string stack)
    {
        var graph = RealStacks.Build(stack).Graph;
        var workloads = graph.Nodes.Where(n => n.Type is "kubernetes:apps/v1:Deployment" or "kubernetes:apps/v1:StatefulSet").ToList();
        Assert.NotEmpty(workloads);

        foreach (var workload in workloads)
        {
            var podLabels = Assert.IsType<MapValue>(workload.Input("spec.template.metadata.labels"));
            var tier = Assert.IsType<StringValue>(podLabels[TierLabels.Key]);
            var served = ((ListValue)workload.Input("spec.template.spec.containers")!).Items
                .SelectMany(c => ((MapValue)c)["ports"] is ListValue ports ? ports.Items : [])
                .Select(p => ((NumberValue)((MapValue)p)["containerPort"]!).Value)
                .ToHashSet();
            var admitted = graph.OfType("kubernetes:networking.k8s.io/v1:NetworkPolicy")
                .Where(p => p.Input("spec.podSelector.matchLabels") is MapValue labels && labels[TierLabels.Key] == tier)
                .SelectMany(p => p.Input("spec.ingress") is ListValue rules ? rules.Items : [])
                .SelectMany(r => ((MapValue)r)["ports"] is ListValue ports ? ports.Items : [])
                .Select(p => ((NumberValue)((MapValue)p)["port"]!).Value)
                .ToHashSet();

            Assert.True(served.SetEquals(admitted), $"{workload.Name} ({tier.Value}) serves [{string.Join(", ", served)}] but its NetworkPolicies admit [{string.Join(", ", admitted)}].");
        }
    }
}
