using System.Collections.Immutable;
using System.Text.RegularExpressions;

namespace IrisStack.Policies.Docs;

/// <summary>
/// A policy-as-code rule set our policies name peers in, recognised by the shape of its rule ids
/// (the rule sets in the policy anchors reference: Checkov, cdk-nag, Pulumi AWSGuard, Pulumi
/// Compliance-Ready Policies, Pulumi's example packs and kubescape).
/// </summary>
/// <param name="Name">The rule set's name as the docs print it.</param>
/// <param name="Source">Where its rules live.</param>
public sealed partial record PeerFramework(string Name, string Source)
{
    /// <summary>Checkov (<c>CKV_AWS_7</c>, <c>CKV2_AWS_11</c>, <c>CKV_K8S_20</c>).</summary>
    public static PeerFramework Checkov { get; } = new("Checkov", "bridgecrewio/checkov");

    /// <summary>cdk-nag's AwsSolutions pack (<c>AwsSolutions-VPC7</c>).</summary>
    public static PeerFramework CdkNagAwsSolutions { get; } = new("cdk-nag AwsSolutions", "cdklabs/cdk-nag RULES.md");

    /// <summary>cdk-nag's HIPAA, NIST 800-53 and PCI DSS packs, by rule name (<c>VPCDefaultSecurityGroupClosed</c>) or prefixed id.</summary>
    public static PeerFramework CdkNagCompliance { get; } = new("cdk-nag HIPAA / NIST 800-53 / PCI DSS", "cdklabs/cdk-nag src/packs");

    /// <summary>Pulumi AWSGuard (<c>cmk-backing-key-rotation-enabled</c>).</summary>
    public static PeerFramework AwsGuard { get; } = new("Pulumi AWSGuard", "pulumi/pulumi-policy-aws");

    /// <summary>Pulumi Compliance-Ready Policies (<c>aws-kms-key-enable-key-rotation</c>, <c>kubernetes-...</c>).</summary>
    public static PeerFramework CompliancePolicies { get; } = new("Pulumi Compliance-Ready Policies", "pulumi/compliance-policies");

    /// <summary>Pulumi's example and template Kubernetes packs (<c>no-public-services</c>).</summary>
    public static PeerFramework PulumiExamples { get; } = new("Pulumi example packs", "pulumi/examples, pulumi/templates-policy");

    /// <summary>kubescape controls (<c>C-0229</c>).</summary>
    public static PeerFramework Kubescape { get; } = new("kubescape", "kubescape/regolibrary");

    /// <summary>
    /// A check family of the policy anchors reference (<c>G1</c>, <c>W8</c>): what a policy covers
    /// where no rule set has a rule, or beside the rules of one.
    /// </summary>
    public static PeerFramework AnchorFamily { get; } = new("Policy-anchor family", "the project's policy anchors reference (policy-anchors.md)");

    /// <summary>Ids of no known shape.</summary>
    public static PeerFramework Other { get; } = new("Other", "-");

    /// <summary>Every framework, in the order the docs list them.</summary>
    public static ImmutableArray<PeerFramework> All { get; } =
        [Checkov, CdkNagAwsSolutions, CdkNagCompliance, AwsGuard, CompliancePolicies, PulumiExamples, Kubescape, AnchorFamily, Other];

    // The three policies of Pulumi's example/template Kubernetes packs; other kebab-case ids are AWSGuard's.
    private static readonly ImmutableHashSet<string> ExamplePackPolicies = ["no-public-services", "minimum-replica-count", "pods-are-prohibited"];

    /// <summary>The framework a peer id belongs to.</summary>
    public static PeerFramework Of(string peerId) => peerId switch
    {
        _ when CheckovId().IsMatch(peerId) => Checkov,
        _ when peerId.StartsWith("AwsSolutions-", StringComparison.Ordinal) => CdkNagAwsSolutions,
        _ when AnchorFamilyId().IsMatch(peerId) => AnchorFamily,
        _ when CdkNagRule().IsMatch(peerId) => CdkNagCompliance,
        _ when KubescapeId().IsMatch(peerId) => Kubescape,
        _ when CompliancePolicyId().IsMatch(peerId) => CompliancePolicies,
        _ when ExamplePackPolicies.Contains(peerId) => PulumiExamples,
        _ when KebabCase().IsMatch(peerId) => AwsGuard,
        _ => Other,
    };

    [GeneratedRegex("^CKV2?_[A-Z0-9]+_[0-9]+$")]
    private static partial Regex CheckovId();

    [GeneratedRegex(@"^((HIPAA\.Security|NIST\.800\.53\.R[45]|PCI\.DSS\.321)-)?[A-Z][A-Za-z0-9]+$")]
    private static partial Regex CdkNagRule();

    [GeneratedRegex("^[A-Z][0-9]{1,2}$")]
    private static partial Regex AnchorFamilyId();

    [GeneratedRegex("^C-[0-9]{4}$")]
    private static partial Regex KubescapeId();

    [GeneratedRegex("^(aws|awsnative|kubernetes)-[a-z0-9-]+$")]
    private static partial Regex CompliancePolicyId();

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)+$")]
    private static partial Regex KebabCase();
}
