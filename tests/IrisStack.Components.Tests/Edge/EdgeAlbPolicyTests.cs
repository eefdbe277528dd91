using IrisStack.Components.Config;
using IrisStack.Policies;

namespace IrisStack.Components.Tests.Edge;

/// <summary>The ALB's own graph against the whole pack: every policy about its nodes passes.</summary>
public sealed class EdgeAlbPolicyTests
{
    private const string Name = "edge";

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void TheAlbsGraph_PassesThePack(bool protect)
    {
        var (graph, _, _) = EdgeAlbTests.Build(protect: protect);
        var settings = PolicySettings.Read(ConfigReader.EmptySection("policies")) with { RequireProtection = protect };
        var report = PolicyRunner.Run(PolicyPack.Default(), graph, settings);
        var ours = graph.Nodes.Where(n => n.Parent == Name).Select(n => n.Name).ToHashSet(StringComparer.Ordinal);
        var findings = report.Results.SelectMany(r => r.Violations.Where(v => ours.Contains(v.Resource)).Select(v => (r.Policy.Id, v.Resource, v.Message))).ToList();
        Assert.True(findings.Count == 0, string.Join(Environment.NewLine, findings));
        foreach (var id in new[] { "alb-access-logs", "alb-drop-invalid-headers", "alb-desync-mitigation", "lb-listener-tls12", "lb-listener-acm-certificate", "lb-target-group-https", "lb-target-group-health-check", "cloudfront-origin-https", "edge-cloudfront-only-way-in", "s3-bucket-encrypted-with-kms", "s3-bucket-access-logging" })
        {
            Assert.Equal((id, PolicyStatus.Passed), (id, report.Results.Single(r => r.Policy.Id == id).Status));
        }

        Assert.Equal(protect ? PolicyStatus.Passed : PolicyStatus.NotApplicable, report.Results.Single(r => r.Policy.Id == "alb-deletion-protection").Status);
    }
}
