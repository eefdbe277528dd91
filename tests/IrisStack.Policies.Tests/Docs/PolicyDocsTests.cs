using IrisStack.Policies.Docs;
using IrisStack.Tests.Shared;

namespace IrisStack.Policies.Tests.Docs;

public sealed class PolicyDocsTests
{
    private static readonly PolicyPack Pack = PolicyPack.Default();

    [Fact]
    public void DocsPoliciesMd_IsUpToDate()
    {
        var path = Path.Combine(RepoPaths.Root, "docs", "policies.md");
        var committed = File.Exists(path) ? File.ReadAllText(path) : "(missing)";
        Assert.True(
            committed == PolicyDocs.Markdown(Pack),
            $"docs/policies.md is out of date with the policy metadata. Regenerate it from the repository root with: {PolicyDocs.RegenerateCommand}");
    }

    [Fact]
    public void Markdown_DocumentsEveryPolicy()
    {
        var markdown = PolicyDocs.Markdown(Pack);
        foreach (var policy in Pack.Policies)
        {
            Assert.Contains($"\n### {policy.Id}\n\n{policy.Description}\n", markdown, StringComparison.Ordinal);
            Assert.Contains($"- **Why:** {policy.Rationale}\n", markdown, StringComparison.Ordinal);
            Assert.Contains($"| [`{policy.Id}`](#{policy.Id}) | {policy.Layer} | {Level(policy)} |", markdown, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Markdown_CoverageTable_ListsEveryPeerIdUnderItsFramework()
    {
        var markdown = PolicyDocs.Markdown(Pack);
        var coverage = markdown[markdown.IndexOf("## Peer coverage", StringComparison.Ordinal)..];
        foreach (var policy in Pack.Policies)
        {
            foreach (var peer in policy.PeerIds)
            {
                var framework = coverage.IndexOf($"### {PeerFramework.Of(peer).Name}\n", StringComparison.Ordinal);
                Assert.True(framework >= 0, $"no section for {PeerFramework.Of(peer).Name}");
                var row = coverage.IndexOf($"| `{peer}` |", framework, StringComparison.Ordinal);
                Assert.True(row > framework, $"{peer} is not listed under {PeerFramework.Of(peer).Name}");
                var line = coverage[row..coverage.IndexOf('\n', row)];
                Assert.Contains($"[`{policy.Id}`](#{policy.Id})", line, StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public void Markdown_CoverageTable_SortsCheckovIdsNumerically()
    {
        var markdown = PolicyDocs.Markdown(Pack);
        Assert.True(markdown.IndexOf("| `CKV_AWS_7` |", StringComparison.Ordinal) < markdown.IndexOf("| `CKV_AWS_66` |", StringComparison.Ordinal));
        Assert.True(markdown.IndexOf("| `CKV_AWS_66` |", StringComparison.Ordinal) < markdown.IndexOf("| `CKV_AWS_130` |", StringComparison.Ordinal));
    }

    [Fact]
    public void Text_ListsEveryPolicyWithLevelDescriptionRationaleAndPeers()
    {
        var text = PolicyDocs.Text(Pack);
        Assert.StartsWith($"iris-stack-policies: {Pack.Policies.Length} policies\n", text, StringComparison.Ordinal);
        foreach (var policy in Pack.Policies)
        {
            Assert.Contains($"{policy.Id}  [{Level(policy)}]  layer: {policy.Layer}\n    {policy.Description}\n", text, StringComparison.Ordinal);
            Assert.Contains($"    Why: {policy.Rationale}\n", text, StringComparison.Ordinal);
            if (!policy.PeerIds.IsEmpty)
            {
                Assert.Contains($"    Peers: {string.Join(", ", policy.PeerIds)}\n", text, StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public void Text_SaysWhatEachPolicyChecks()
    {
        var text = PolicyDocs.Text(Pack);
        Assert.Contains("kms-key-rotation-enabled  [mandatory]  layer: network\n    Customer-managed symmetric KMS keys have automatic rotation enabled.\n    Checks: each aws:kms/key:Key\n", text, StringComparison.Ordinal);
        Assert.Contains("vpc-flow-logs-enabled  [mandatory]  layer: network\n    Every VPC has a flow log capturing ALL traffic.\n    Checks: the whole stack", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("CKV_AWS_7", "Checkov")]
    [InlineData("CKV2_AWS_11", "Checkov")]
    [InlineData("CKV_K8S_20", "Checkov")]
    [InlineData("AwsSolutions-VPC7", "cdk-nag AwsSolutions")]
    [InlineData("VPCDefaultSecurityGroupClosed", "cdk-nag HIPAA / NIST 800-53 / PCI DSS")]
    [InlineData("NIST.800.53.R5-WAFv2LoggingEnabled", "cdk-nag HIPAA / NIST 800-53 / PCI DSS")]
    [InlineData("cmk-backing-key-rotation-enabled", "Pulumi AWSGuard")]
    [InlineData("aws-kms-key-enable-key-rotation", "Pulumi Compliance-Ready Policies")]
    [InlineData("kubernetes-core-v1-pod-disallow-pod", "Pulumi Compliance-Ready Policies")]
    [InlineData("no-public-services", "Pulumi example packs")]
    [InlineData("C-0229", "kubescape")]
    [InlineData("whatever_1", "Other")]
    public void PeerFramework_IsRecognisedByTheIdShape(string peerId, string framework) =>
        Assert.Equal(framework, PeerFramework.Of(peerId).Name);

    private static string Level(Policy policy) => policy.DefaultLevel.ToString().ToLowerInvariant();
}
