using IrisStack.Components.Graph;
using IrisStack.Policies.Rules.Cluster;
using static IrisStack.Policies.Tests.Cluster.ClusterPolicyFixtures;

namespace IrisStack.Policies.Tests.Cluster;

/// <summary>Namespaces the stack uses but does not declare: they are checked, not "not applicable".</summary>
public class NamespaceDefaultDenyTests
{
    private const string Deployment = "webgateway-deployment";

    [Fact]
    public void WorkloadInAnUndeclaredNamespace_IsAViolation()
    {
        var violation = AssertViolation(new NamespaceDefaultDeny(), SetInput(Graph, Deployment, "metadata.namespace", "payments"), Deployment, "metadata.namespace");

        Assert.Contains("'payments' is not declared", violation.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void UndeclaredNamespace_NamedByManyObjects_IsOneFinding()
    {
        var graph = SetInput(SetInput(Graph, Deployment, "metadata.namespace", "payments"), "webgateway-service", "metadata.namespace", "payments");

        AssertViolation(new NamespaceDefaultDeny(), graph, Deployment, "metadata.namespace");
    }

    [Fact]
    public void UndeclaredNamespace_WithADefaultDenyInTheStack_Passes()
    {
        var deny = Graph["cluster-iris-default-deny-all"];
        var graph = Add(SetInput(Graph, Deployment, "metadata.namespace", "payments"),
            deny with { Name = "payments-default-deny", Parent = null, Inputs = deny.Inputs.With("metadata", MapValue.Of(("name", "default-deny-all"), ("namespace", "payments"))) });

        AssertPasses(new NamespaceDefaultDeny(), graph);
    }

    [Fact]
    public void ObjectWithoutNamespace_ChecksTheDefaultNamespace()
    {
        var violation = AssertViolation(new NamespaceDefaultDeny(), SetInput(Graph, Deployment, "metadata.namespace", null), Deployment, "metadata.namespace");

        Assert.Contains("'default'", violation.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void HelmReleaseInAnUndeclaredNamespace_IsAViolation() =>
        AssertViolation(new NamespaceDefaultDeny(), SetInput(Graph, "cluster-lbc", "namespace", "ingress"), "cluster-lbc", "namespace");

    [Fact]
    public void KubeSystem_IsNotChecked()
    {
        Assert.Equal("kube-system", (Graph["cluster-lbc"].Input("namespace") as StringValue)?.Value);
        AssertPasses(new NamespaceDefaultDeny(), SetInput(Graph, Deployment, "metadata.namespace", "kube-system"));
    }

    [Fact]
    public void NamespaceByReference_IsTheReferencedNamespace() =>
        AssertPasses(new NamespaceDefaultDeny(), SetInput(Graph, Deployment, "metadata.namespace", new OutputReference("cluster-ns-iris", "metadata.name")));

    [Fact]
    public void NamespaceUnknownInThePreview_IsAViolation()
    {
        var violation = AssertViolation(new NamespaceDefaultDeny(), SetInput(Graph, Deployment, "metadata.namespace", new OutputReference("cluster-eks", "name")), Deployment, "metadata.namespace");

        Assert.Contains("not known in this preview", violation.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void OnlyAWorkload_NoNamespaceDeclared_IsAViolationNotNotApplicable()
    {
        var graph = new GraphBuilder("p", "s");
        graph.Resource("kubernetes:apps/v1:Deployment", "app", MapValue.Of(("kind", "Deployment"), ("metadata", MapValue.Of(("name", "app"), ("namespace", "payments")))));

        AssertViolation(new NamespaceDefaultDeny(), graph.Build(), "app", "metadata.namespace");
    }

    [Fact]
    public void ClusterScopedObjectsOnly_IsNotApplicable()
    {
        var graph = new GraphBuilder("p", "s");
        graph.Resource("kubernetes:storage.k8s.io/v1:StorageClass", "sc", MapValue.Of(("kind", "StorageClass"), ("metadata", MapValue.Of(("name", "gp3")))));

        Assert.Equal(PolicyStatus.NotApplicable, Run(new NamespaceDefaultDeny(), graph.Build()).Status);
    }
}
