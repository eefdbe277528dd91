using IrisStack.Components.Graph;
using IrisStack.Policies.Rules.Cluster;
using IrisStack.Policies.Tests.Fixtures;
using static IrisStack.Policies.Tests.Rules.Cluster.RuleNodes;

namespace IrisStack.Policies.Tests.Rules.Cluster;

public sealed class CronJobPodsHardenedTests
{
    private const string Pod = "spec.jobTemplate.spec.template.spec";

    private const string Container = Pod + ".containers[0].securityContext";

    private readonly CronJobPodsHardened policy = new();

    private static ResourceNode Hardened() => Node("kubernetes:batch/v1:CronJob", ("spec", MapValue.Of(("jobTemplate", MapValue.Of(("spec", MapValue.Of(("template", MapValue.Of(("spec", MapValue.Of(
        ("securityContext", MapValue.Of(("runAsNonRoot", true), ("runAsUser", 65532), ("seccompProfile", MapValue.Of(("type", "RuntimeDefault"))))),
        ("containers", ListValue.Of(MapValue.Of(
            ("name", "job"),
            ("image", "registry.example.com/job:1.0"),
            ("securityContext", MapValue.Of(
                ("allowPrivilegeEscalation", false),
                ("readOnlyRootFilesystem", true),
                ("capabilities", MapValue.Of(("drop", ListValue.Of("ALL"))))))))))))))))))));

    // RuleNodes.With walks maps only; the container list is replaced whole.
    private static ResourceNode WithContainerContext(string key, Value? value)
    {
        var node = Hardened();
        var container = (MapValue)((ListValue)node.Input(Pod + ".containers")!).Items[0];
        var context = (MapValue)container["securityContext"]!;
        context = value is null ? new MapValue(context.Entries.Remove(key)) : context.With(key, value);
        return node.With(Pod + ".containers", ListValue.Of(container.With("securityContext", context)));
    }

    [Fact]
    public void Hardened_IsCompliant() => Assert.Equal(PolicyOutcome.Compliant, policy.Evaluate(Hardened(), Context));

    [Fact]
    public void TheSnapshotJobsShape_IsCompliant_WithTheBeta1Alias() =>
        Assert.Equal(PolicyOutcome.Compliant, policy.Evaluate(Hardened() with { Type = "kubernetes:batch/v1beta1:CronJob" }, Context));

    [Fact]
    public void OtherTypes_AreNotApplicable() =>
        Assert.Equal(PolicyOutcome.NotApplicable, policy.Evaluate(Hardened() with { Type = "kubernetes:apps/v1:Deployment" }, Context));

    [Fact]
    public void RunAsNonRootUnset_IsFlagged() =>
        Outcomes.Single(policy.Evaluate(Hardened().With(Pod + ".securityContext.runAsNonRoot", null), Context), "subject", Pod + ".securityContext.runAsNonRoot");

    [Fact]
    public void NonRootOnEveryContainerInstead_IsCompliant()
    {
        var node = WithContainerContext("runAsNonRoot", true).With(Pod + ".securityContext.runAsNonRoot", null);
        Assert.Equal(PolicyOutcome.Compliant, policy.Evaluate(node, Context));
    }

    [Fact]
    public void SeccompUnconfined_IsFlagged() =>
        Outcomes.Single(policy.Evaluate(Hardened().With(Pod + ".securityContext.seccompProfile.type", "Unconfined"), Context), "subject", Pod + ".securityContext.seccompProfile.type");

    [Fact]
    public void PrivilegeEscalationAllowed_IsFlagged() =>
        Outcomes.Single(policy.Evaluate(WithContainerContext("allowPrivilegeEscalation", true), Context), "subject", Container + ".allowPrivilegeEscalation");

    [Fact]
    public void WritableRootFilesystem_IsFlagged() =>
        Outcomes.Single(policy.Evaluate(WithContainerContext("readOnlyRootFilesystem", null), Context), "subject", Container + ".readOnlyRootFilesystem");

    [Fact]
    public void CapabilitiesKept_IsFlagged() =>
        Outcomes.Single(policy.Evaluate(WithContainerContext("capabilities", MapValue.Of(("drop", ListValue.Of("NET_RAW")))), Context), "subject", Container + ".capabilities.drop");

    [Fact]
    public void Privileged_IsFlagged() =>
        Outcomes.Single(policy.Evaluate(WithContainerContext("privileged", true), Context), "subject", Container + ".privileged");
}
