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
    public void PartialPeers_AreClaimedPeersWithAOneLineReason()
    {
        Assert.Contains(Pack.Policies, p => !p.PartialPeers.IsEmpty);
        foreach (var policy in Pack.Policies)
        {
            foreach (var (peer, reason) in policy.PartialPeers)
            {
                Assert.True(policy.PeerIds.Contains(peer), $"{policy.Id} marks {peer} partial without claiming it");
                Assert.False(string.IsNullOrWhiteSpace(reason), $"{policy.Id}: {peer} has no reason");
                Assert.DoesNotContain('\n', reason);
            }
        }
    }

    [Fact]
    public void Markdown_MarksPartialPeers_InThePolicyAndTheCoverageTable()
    {
        var markdown = PolicyDocs.Markdown(Pack);
        var coverage = markdown[markdown.IndexOf("## Peer coverage", StringComparison.Ordinal)..];
        foreach (var policy in Pack.Policies)
        {
            var section = markdown[markdown.IndexOf($"\n### {policy.Id}\n", StringComparison.Ordinal)..];
            var peersLine = section[section.IndexOf("- **Peer rules:**", StringComparison.Ordinal)..section.IndexOf('\n', section.IndexOf("- **Peer rules:**", StringComparison.Ordinal))];
            foreach (var peer in policy.PeerIds)
            {
                var row = coverage[coverage.IndexOf($"| `{peer}` |", StringComparison.Ordinal)..];
                row = row[..row.IndexOf('\n')];
                var cell = $"[`{policy.Id}`](#{policy.Id})";
                if (policy.PartialPeers.TryGetValue(peer, out var reason))
                {
                    Assert.Contains($"`{peer}` ({PeerFramework.Of(peer).Name}) (partial: {reason})", peersLine, StringComparison.Ordinal);
                    Assert.Contains($"{cell} (partial: {reason})", row, StringComparison.Ordinal);
                }
                else
                {
                    Assert.DoesNotContain($"{cell} (partial:", row, StringComparison.Ordinal);
                }
            }
        }
    }

    [Theory]
    [InlineData("CKV_AWS_189", "ebs-volume-encrypted")]
    [InlineData("CKV_AWS_79", "ec2-imdsv2-required")]
    [InlineData("CKV_AWS_341", "ec2-imdsv2-required")]
    [InlineData("CKV_AWS_103", "lb-listener-tls12")]
    [InlineData("CKV2_AWS_74", "lb-listener-tls12")]
    public void PeerRules_OfTheGeneralResource_AreCoveredInFullByAPolicyOfThatResource(string peer, string policyId)
    {
        var policy = Pack.Policies.Single(p => p.Id == policyId);

        Assert.Contains(peer, policy.PeerIds);
        Assert.False(policy.PartialPeers.ContainsKey(peer));
        Assert.All(Pack.Policies.Where(p => p.Id != policyId && p.PeerIds.Contains(peer)), p => Assert.True(p.PartialPeers.ContainsKey(peer), $"{p.Id} claims {peer} in full"));
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
                var peers = policy.PeerIds.Select(p => policy.PartialPeers.TryGetValue(p, out var why) ? $"{p} (partial: {why})" : p);
                Assert.Contains($"    Peers: {string.Join(", ", peers)}\n", text, StringComparison.Ordinal);
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
    [InlineData("G1", "Policy-anchor family")]
    [InlineData("W8", "Policy-anchor family")]
    [InlineData("whatever_1", "Other")]
    public void PeerFramework_IsRecognisedByTheIdShape(string peerId, string framework) =>
        Assert.Equal(framework, PeerFramework.Of(peerId).Name);

    private static string Level(Policy policy) => policy.DefaultLevel.ToString().ToLowerInvariant();
}
