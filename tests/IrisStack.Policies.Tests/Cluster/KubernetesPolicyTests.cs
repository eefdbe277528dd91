using IrisStack.Components.Graph;
using IrisStack.Policies.Rules.Cluster;
using static IrisStack.Policies.Tests.Cluster.ClusterPolicyFixtures;

namespace IrisStack.Policies.Tests.Cluster;

public class KubernetesPolicyTests
{
    [Fact]
    public void DefaultDeny_EveryTierNamespace_Passes() => AssertPasses(new NamespaceDefaultDeny(), Graph);

    [Fact]
    public void DefaultDeny_EgressMissing_IsAViolation()
    {
        var graph = SetInput(Graph, "cluster-iris-default-deny-all", "spec.policyTypes", ListValue.Of("Ingress"));

        var violation = AssertViolation(new NamespaceDefaultDeny(), graph, "cluster-ns-iris", "metadata.name");
        Assert.Contains("'iris'", violation.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void DefaultDeny_PolicyThatAllowsSomething_DoesNotCount()
    {
        var graph = SetInput(Graph, "cluster-iris-web-gateway-default-deny-all", "spec.ingress", ListValue.Of(MapValue.Empty));

        AssertViolation(new NamespaceDefaultDeny(), graph, "cluster-ns-web-gateway", "metadata.name");
    }

    [Fact]
    public void DefaultDeny_NoNamespaces_IsNotApplicable() =>
        Assert.Equal(PolicyStatus.NotApplicable, Run(new NamespaceDefaultDeny(), new GraphBuilder("p", "s").Build()).Status);

    [Fact]
    public void PodSecurity_LabelledNamespaces_Pass() => AssertPasses(new NamespacePodSecurity(), Graph);

    [Fact]
    public void PodSecurity_Privileged_IsAViolation() =>
        AssertViolation(new NamespacePodSecurity(), SetInput(Graph, "cluster-ns-iris", ["metadata", "labels", "pod-security.kubernetes.io/enforce"], "privileged"),
            "cluster-ns-iris", "metadata.labels[\"pod-security.kubernetes.io/enforce\"]");

    [Fact]
    public void PodSecurity_AuditMissing_IsAViolation() =>
        AssertViolation(new NamespacePodSecurity(), Edit(Graph, "cluster-ns-api-gateway", n => n with
        {
            Inputs = n.Inputs.With("metadata", ((MapValue)n.Input("metadata")!).With("labels",
                new MapValue(((MapValue)n.Input("metadata.labels")!).Entries.Remove("pod-security.kubernetes.io/audit")))),
        }), "cluster-ns-api-gateway", "metadata.labels[\"pod-security.kubernetes.io/audit\"]");

    [Fact]
    public void DefaultNamespace_TierObjects_Pass() => AssertPasses(new NoWorkloadsInDefaultNamespace(), Graph);

    [Fact]
    public void DefaultNamespace_ObjectWithoutNamespace_IsAViolation() =>
        AssertViolation(new NoWorkloadsInDefaultNamespace(), SetInput(Graph, "cluster-iris-default-deny-all", "metadata.namespace", null),
            "cluster-iris-default-deny-all", "metadata.namespace");

    [Fact]
    public void DefaultNamespace_HelmReleaseInDefault_IsAViolation() =>
        AssertViolation(new NoWorkloadsInDefaultNamespace(), SetInput(Graph, "cluster-lbc", "namespace", "default"), "cluster-lbc", "namespace");

    [Fact]
    public void StorageClass_CmkEncrypted_Passes() => AssertPasses(new StorageClassEncrypted(), Graph);

    [Fact]
    public void StorageClass_WithoutKmsKey_IsAViolation() =>
        AssertViolation(new StorageClassEncrypted(), SetInput(Graph, "cluster-storageclass", "parameters.kmsKeyId", null), "cluster-storageclass", "parameters.kmsKeyId");

    [Fact]
    public void StorageClass_Unencrypted_IsAViolation() =>
        AssertViolation(new StorageClassEncrypted(), SetInput(Graph, "cluster-storageclass", "parameters.encrypted", "false"), "cluster-storageclass", "parameters.encrypted");

    [Fact]
    public void DefaultStorageClass_EncryptedAndGp2Patched_Passes() => AssertPasses(new DefaultStorageClassEncrypted(), Graph);

    [Fact]
    public void DefaultStorageClass_Gp2NotPatched_IsAViolation() =>
        AssertViolation(new DefaultStorageClassEncrypted(), Remove(Graph, "cluster-gp2-not-default"), "cluster-eks", string.Empty);

    [Fact]
    public void DefaultStorageClass_NoDefault_IsAViolation() =>
        AssertViolation(new DefaultStorageClassEncrypted(), SetInput(Graph, "cluster-storageclass", ["metadata", "annotations", "storageclass.kubernetes.io/is-default-class"], "false"),
            "cluster-eks", "metadata.annotations[\"storageclass.kubernetes.io/is-default-class\"]");

    [Fact]
    public void DefaultStorageClass_DefaultUnencrypted_IsAViolation() =>
        AssertViolation(new DefaultStorageClassEncrypted(), SetInput(Graph, "cluster-storageclass", "parameters.encrypted", "false"), "cluster-storageclass", "parameters");
}
