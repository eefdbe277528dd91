using IrisStack.Components.Cluster;
using IrisStack.Components.Graph;
using IrisStack.Policies.Rules.Cluster;
using IrisStack.Stack.PlanFiles;
using static IrisStack.Policies.Tests.Cluster.ClusterPolicyFixtures;

namespace IrisStack.Policies.Tests.Cluster;

public class StackProtectionAndIamPolicyTests
{
    [Fact]
    public void Protected_KeysAndClusterProtected_Passes() => AssertPasses(new StatefulResourcesProtected(), Graph);

    [Fact]
    public void Protected_ClusterKeyUnprotected_IsAViolation() =>
        AssertViolation(new StatefulResourcesProtected(), Edit(Graph, "cluster-key", n => n with { Options = n.Options with { Protect = false } }), "cluster-key", "options.protect");

    [Fact]
    public void Protected_NotRequiredByTheStack_IsNotApplicable() =>
        Assert.Equal(PolicyStatus.NotApplicable, Run(new StatefulResourcesProtected(), Build(protect: false), requireProtection: false).Status);

    [Fact]
    public void Protected_RequiredButStackBuiltWithoutIt_FlagsEveryKeyAndTheCluster()
    {
        var result = Run(new StatefulResourcesProtected(), Build(protect: false), requireProtection: true);

        // The network's, the cluster's and the edge's (the data layer's backup keys, vault and buckets are in StatefulBackupResourcesProtectedTests).
        Assert.Equal(["network-logs-key", "cluster-key", "cluster-eks", "edge-waf-logs-key"], result.Violations.Select(v => v.Resource).Where(r => !r.StartsWith("data-", StringComparison.Ordinal)));
    }

    [Fact]
    public void Irsa_LayerRoles_Pass() => AssertPasses(new IrsaTrustScoped(), Graph);

    [Fact]
    public void Irsa_NoSubCondition_AnyServiceAccountCouldAssume()
    {
        var trust = InterpolationValue.Of(
            "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":{\"Federated\":\"", new OutputReference("cluster-eks", "oidcProviderArn"),
            "\"},\"Action\":\"sts:AssumeRoleWithWebIdentity\",\"Condition\":{\"StringEquals\":{\"", new OutputReference("cluster-eks", "oidcIssuer"),
            ":aud\":\"sts.amazonaws.com\"}}}]}");

        var violation = AssertViolation(new IrsaTrustScoped(), SetInput(Graph, "cluster-lbc-role", "assumeRolePolicy", trust), "cluster-lbc-role", "assumeRolePolicy");
        Assert.Contains("every service account", violation.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Irsa_WildcardSub_IsAViolation()
    {
        var trust = IrsaTrustPolicy.Render(new OutputReference("cluster-eks", "oidcProviderArn"), new OutputReference("cluster-eks", "oidcIssuer"), "kube-system", "*");

        AssertViolation(new IrsaTrustScoped(), SetInput(Graph, "cluster-lbc-role", "assumeRolePolicy", trust), "cluster-lbc-role", "assumeRolePolicy");
    }

    [Fact]
    public void Irsa_StringLikeSub_IsAViolation()
    {
        var trust = Assert.IsType<InterpolationValue>(IrsaTrustPolicy.Render(new OutputReference("cluster-eks", "oidcProviderArn"), new OutputReference("cluster-eks", "oidcIssuer"), "kube-system", "aws-node"));
        var like = InterpolationValue.Of(trust.Parts.Select(p => p is StringValue s ? (Value)s.Value.Replace("StringEquals", "StringLike", StringComparison.Ordinal) : p));

        var messages = Run(new IrsaTrustScoped(), SetInput(Graph, "cluster-vpc-cni-role", "assumeRolePolicy", like)).Violations.Select(v => v.Message).ToList();

        Assert.Equal(3, messages.Count);
        Assert.Contains(messages, m => m.Contains("uses StringLike", StringComparison.Ordinal));
        Assert.Contains(messages, m => m.Contains("aud claim", StringComparison.Ordinal));
    }

    [Fact]
    public void Irsa_TrustBuiltAroundOidcOutputs_IsCheckedNotAssumed()
    {
        // The layer's trust is an interpolation whose sub/aud keys are "${cluster-eks.oidcIssuer}:sub": its
        // skeleton is known, so changing only the namespace in the literal text must still be caught.
        var trust = Assert.IsType<InterpolationValue>(Graph["cluster-lbc-role"].Input("assumeRolePolicy"));
        var otherAccount = InterpolationValue.Of(trust.Parts.Select(p => p is StringValue s ? (Value)s.Value.Replace("system:serviceaccount:kube-system:", "system:serviceaccount:kube-system:*", StringComparison.Ordinal) : p));
        Assert.Contains(trust.Parts, p => p is OutputReference);

        var violation = AssertViolation(new IrsaTrustScoped(), SetInput(Graph, "cluster-lbc-role", "assumeRolePolicy", otherAccount), "cluster-lbc-role", "assumeRolePolicy");
        Assert.Contains("is not one service account", violation.Message, StringComparison.Ordinal);
    }

    public static TheoryData<string, Value> UnverifiableTrusts => new()
    {
        { "not known at preview", new OutputReference("cluster-eks", "trustJson") },
        { "not known at preview", GraphImport.UnknownValue },
        { "is a secret", new SecretValue("{\"Version\":\"2012-10-17\"}") },
        { "not valid JSON", "{\"Version\":\"2012-10-17\",\"Statement\":[" },
        { "structure is not known", InterpolationValue.Of("{\"Version\":\"2012-10-17\",\"Statement\":", new OutputReference("cluster-eks", "statements"), "}") },
    };

    [Theory]
    [MemberData(nameof(UnverifiableTrusts))]
    public void Irsa_TrustNotReadable_IsAFindingNotCompliant(string reason, Value trust)
    {
        var violation = AssertViolation(new IrsaTrustScoped(), SetInput(Graph, "cluster-lbc-role", "assumeRolePolicy", trust), "cluster-lbc-role", "assumeRolePolicy");

        Assert.StartsWith("The trust policy cannot be verified", violation.Message, StringComparison.Ordinal);
        Assert.Contains(reason, violation.Message, StringComparison.Ordinal);
        Assert.Contains("suppress", violation.Fix, StringComparison.Ordinal);
    }

    [Fact]
    public void Irsa_WildcardActionAdmitsWebIdentity_IsChecked()
    {
        const string Trust = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":{\"Federated\":\"arn:aws:iam::111111111111:oidc-provider/x\"},\"Action\":\"sts:AssumeRole*\"}]}";

        var messages = Run(new IrsaTrustScoped(), SetInput(Graph, "cluster-lbc-role", "assumeRolePolicy", Trust)).Violations.Select(v => v.Message).ToList();

        Assert.Contains(messages, m => m.Contains("every service account", StringComparison.Ordinal));
    }

    [Fact]
    public void Irsa_ServiceRoles_AreNotApplicable()
    {
        var role = Graph["cluster-node-role"];

        Assert.Equal(PolicyOutcome.NotApplicable, new IrsaTrustScoped().Evaluate(role, new PolicyContext(365)));
    }

    [Fact]
    public void Lbc_SecureValues_Pass() => AssertPasses(new LoadBalancerControllerSecureDefaults(), Graph);

    [Fact]
    public void Lbc_DefaultSslPolicyUnset_FallsBackToTls10() =>
        AssertViolation(new LoadBalancerControllerSecureDefaults(), SetInput(Graph, "cluster-lbc", "values.defaultSSLPolicy", null), "cluster-lbc", "values.defaultSSLPolicy");

    [Fact]
    public void Lbc_LegacyClassAnnotationAllowed_IsAViolation() =>
        AssertViolation(new LoadBalancerControllerSecureDefaults(), SetInput(Graph, "cluster-lbc", "values.disableIngressClassAnnotation", false),
            "cluster-lbc", "values.disableIngressClassAnnotation");

    [Fact]
    public void Lbc_ClassSslPolicyOld_IsAViolation() =>
        AssertViolation(new LoadBalancerControllerSecureDefaults(), SetInput(Graph, "cluster-lbc", "values.ingressClassParams.spec.sslPolicy", ElbSecurityPolicies.ControllerDefault),
            "cluster-lbc", "values.ingressClassParams.spec.sslPolicy");

    [Fact]
    public void Lbc_InboundOpen_IsAViolation() =>
        AssertViolation(new LoadBalancerControllerSecureDefaults(), SetInput(Graph, "cluster-lbc", "values.ingressClassParams.spec.inboundCIDRs", ListValue.Of("0.0.0.0/0")),
            "cluster-lbc", "values.ingressClassParams.spec.inboundCIDRs");

    [Fact]
    public void Lbc_InboundUnset_IsAViolation() =>
        AssertViolation(new LoadBalancerControllerSecureDefaults(), SetInput(Graph, "cluster-lbc", "values.ingressClassParams.spec.inboundCIDRs", null),
            "cluster-lbc", "values.ingressClassParams.spec.inboundCIDRs");

    [Fact]
    public void Lbc_OtherCharts_AreNotApplicable()
    {
        var other = Graph["cluster-lbc"] with { Inputs = MapValue.Of(("chart", "kong"), ("compat", "true")) };

        Assert.Equal(PolicyOutcome.NotApplicable, new LoadBalancerControllerSecureDefaults().Evaluate(other, new PolicyContext(365)));
    }
}
