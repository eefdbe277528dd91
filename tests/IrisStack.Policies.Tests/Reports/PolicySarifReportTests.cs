using System.Text.Json;
using IrisStack.Components.Config;
using IrisStack.Policies.Reports;
using IrisStack.Policies.Rules.WebGateway;
using IrisStack.Policies.Tests.Fixtures;
using IrisStack.Policies.Tests.WebGateway;
using Snapshooter.Xunit;

namespace IrisStack.Policies.Tests.Reports;

public sealed class PolicySarifReportTests
{
    private static string Text(ReportOptions? options = null) => PolicyReportRenderer.Render(ReportFormat.Sarif, ReportFixture.Report(), options);

    private static JsonElement Run(ReportOptions? options = null)
    {
        var root = JsonDocument.Parse(Text(options)).RootElement;
        return Assert.Single(root.GetProperty("runs").EnumerateArray());
    }

    private static List<JsonElement> Results(JsonElement run) => [.. run.GetProperty("results").EnumerateArray()];

    private static JsonElement ResultOf(JsonElement run, string ruleId) => Results(run).Single(r => r.GetProperty("ruleId").GetString() == ruleId);

    [Fact]
    public void Sarif_DeclaresVersionAndSchema()
    {
        var root = JsonDocument.Parse(Text()).RootElement;
        Assert.Equal("2.1.0", root.GetProperty("version").GetString());
        Assert.Equal("https://json.schemastore.org/sarif-2.1.0.json", root.GetProperty("$schema").GetString());
    }

    [Fact]
    public void Sarif_EveryPolicyIsARuleWithTheTextsCodeScanningNeeds()
    {
        var driver = Run().GetProperty("tool").GetProperty("driver");
        Assert.Equal("irisstack", driver.GetProperty("name").GetString());
        var rules = driver.GetProperty("rules").EnumerateArray().ToList();
        Assert.Equal(NetworkPack.Ids, rules.Select(r => r.GetProperty("id").GetString()));
        foreach (var (rule, policy) in rules.Zip(NetworkPack.Create().Policies))
        {
            Assert.Equal(policy.Description, rule.GetProperty("shortDescription").GetProperty("text").GetString());
            Assert.Equal(policy.Rationale, rule.GetProperty("fullDescription").GetProperty("text").GetString());
            Assert.Contains(policy.Rationale, rule.GetProperty("help").GetProperty("text").GetString(), StringComparison.Ordinal);
            Assert.Equal("error", rule.GetProperty("defaultConfiguration").GetProperty("level").GetString());
            Assert.Equal(policy.PeerIds, rule.GetProperty("properties").GetProperty("peerIds").EnumerateArray().Select(p => p.GetString()));
            Assert.Equal("mandatory", rule.GetProperty("properties").GetProperty("defaultLevel").GetString());
        }
    }

    [Fact]
    public void Sarif_ResultRuleIdsAndIndexesMatchTheRules()
    {
        var run = Run();
        var rules = run.GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray().Select(r => r.GetProperty("id").GetString()).ToList();
        var results = Results(run);
        Assert.Equal(["kms-key-rotation-enabled", "log-group-encrypted-with-cmk", "log-group-retention"], results.Select(r => r.GetProperty("ruleId").GetString()));
        Assert.All(results, r => Assert.Equal(r.GetProperty("ruleId").GetString(), rules[r.GetProperty("ruleIndex").GetInt32()]));
    }

    [Theory]
    [InlineData("log-group-retention", "error")]
    [InlineData("kms-key-rotation-enabled", "warning")]
    [InlineData("log-group-encrypted-with-cmk", "error")]
    public void Sarif_LevelFollowsTheStackLevel(string ruleId, string level) =>
        Assert.Equal(level, ResultOf(Run(), ruleId).GetProperty("level").GetString());

    [Fact]
    public void Sarif_LevelMapping_MandatoryErrorAdvisoryWarning()
    {
        Assert.Equal("error", PolicySarifReport.LevelOf(Components.Config.EnforcementLevel.Mandatory));
        Assert.Equal("warning", PolicySarifReport.LevelOf(Components.Config.EnforcementLevel.Advisory));
    }

    [Fact]
    public void Sarif_ResultLocation_IsTheUrnAndTheStackFile()
    {
        var location = Assert.Single(ResultOf(Run(), "log-group-retention").GetProperty("locations").EnumerateArray());
        var logical = Assert.Single(location.GetProperty("logicalLocations").EnumerateArray());
        Assert.Equal(ReportFixture.LogGroupUrn, logical.GetProperty("fullyQualifiedName").GetString());
        var physical = location.GetProperty("physicalLocation");
        Assert.Equal("Pulumi.test.yaml", physical.GetProperty("artifactLocation").GetProperty("uri").GetString());
        Assert.Equal(1, physical.GetProperty("region").GetProperty("startLine").GetInt32());
    }

    [Fact]
    public void Sarif_StackFileOption_IsThePhysicalLocation()
    {
        var location = ResultOf(Run(new ReportOptions(StackFile: "deploy/Pulumi.prod.yaml")), "log-group-retention").GetProperty("locations")[0];
        Assert.Equal("deploy/Pulumi.prod.yaml", location.GetProperty("physicalLocation").GetProperty("artifactLocation").GetProperty("uri").GetString());
    }

    [Fact]
    public void Sarif_MessageSaysWhatAndHowToFix()
    {
        var message = ResultOf(Run(), "log-group-retention").GetProperty("message").GetProperty("text").GetString();
        Assert.Contains("Retention is 30 days", message, StringComparison.Ordinal);
        Assert.Contains("Fix: Set retentionInDays", message, StringComparison.Ordinal);
    }

    [Fact]
    public void Sarif_SuppressedFinding_HasAnExternalSuppressionWithTheReason()
    {
        var run = Run();
        var suppression = Assert.Single(ResultOf(run, "log-group-encrypted-with-cmk").GetProperty("suppressions").EnumerateArray());
        Assert.Equal("external", suppression.GetProperty("kind").GetString());
        Assert.Equal(ReportFixture.SuppressionReason, suppression.GetProperty("justification").GetString());
        Assert.False(ResultOf(run, "log-group-retention").TryGetProperty("suppressions", out _));
    }

    [Fact]
    public void Sarif_Fingerprints_AreStableAndDistinct()
    {
        var fingerprints = Results(Run()).Select(r => r.GetProperty("partialFingerprints").GetProperty(PolicySarifReport.FingerprintKey).GetString()).ToList();
        Assert.Equal(fingerprints.Count, fingerprints.Distinct().Count());
        Assert.Equal(fingerprints, Results(Run()).Select(r => r.GetProperty("partialFingerprints").GetProperty(PolicySarifReport.FingerprintKey).GetString()));
    }

    [Fact]
    public void Sarif_DefaultPack_SeveralNginxFindingsOnOneProperty_HaveDistinctFingerprints()
    {
        // Every nginx policy reports at data["nginx.conf"] of the one ConfigMap: policy, URN and property alone collide.
        var config = WebGatewayFixtures.Config with
        {
            Uris = WebGatewayFixtures.Config.Uris with { BlockedUris = [.. WebGatewayFixtures.Config.Uris.BlockedUris.Where(b => b is not "/api/mgmnt/" and not "/csp/sys/")] },
            Headers = WebGatewayFixtures.Config.Headers with { HstsMaxAgeSeconds = 86400 },
        };
        var report = PolicyRunner.Run(PolicyPack.Default(), WebGatewayFixtures.Graph(config), Settings.Defaults);
        var run = JsonDocument.Parse(PolicySarifReport.Render(report, ReportOptions.Default)).RootElement.GetProperty("runs")[0];

        var nginx = Results(run).Where(r => r.GetProperty("properties").GetProperty("property").GetString() == "data[\"nginx.conf\"]").ToList();
        Assert.True(nginx.Count(r => r.GetProperty("ruleId").GetString() == "webgateway-uri-block-list") >= 2, "two block-list findings on one property");
        Assert.Contains(nginx, r => r.GetProperty("ruleId").GetString() == "webgateway-hsts");
        var fingerprints = nginx.Select(r => r.GetProperty("partialFingerprints").GetProperty(PolicySarifReport.FingerprintKey).GetString()).ToList();
        Assert.Equal(fingerprints.Count, fingerprints.Distinct().Count());
    }

    [Fact]
    public void Sarif_SameMessageTwiceOnOneProperty_HasDistinctStableFingerprints()
    {
        var violation = new PolicyViolation("urn:pulumi:test::iris-stack::kubernetes:core/v1:ConfigMap::gw", "kubernetes:core/v1:ConfigMap", "gw", "data[\"nginx.conf\"]",
            "A TLS server does not set ssl_protocols, so nginx's defaults (TLSv1, TLSv1.1) apply.", "Set 'ssl_protocols TLSv1.2 TLSv1.3;'.", null);
        var result = new PolicyResult(new WebGatewayTlsProtocols(), EnforcementLevel.Mandatory, PolicyStatus.Violated, [violation, violation]);
        string?[] Fingerprints() =>
        [
            .. Results(JsonDocument.Parse(PolicySarifReport.Render(new PolicyReport("iris-stack", "test", [result]), ReportOptions.Default)).RootElement.GetProperty("runs")[0])
                .Select(r => r.GetProperty("partialFingerprints").GetProperty(PolicySarifReport.FingerprintKey).GetString()),
        ];

        Assert.Equal(2, Fingerprints().Distinct().Count());
        Assert.Equal(Fingerprints(), Fingerprints());
    }

    [Fact]
    public void Sarif_InformationUri_OnlyWhenGiven()
    {
        Assert.False(Run().GetProperty("tool").GetProperty("driver").TryGetProperty("informationUri", out _));
        var driver = Run(new ReportOptions(InformationUri: "https://example.org/docs/policies.md")).GetProperty("tool").GetProperty("driver");
        Assert.Equal("https://example.org/docs/policies.md", driver.GetProperty("informationUri").GetString());
    }

    [Fact]
    public void Sarif_EveryRulesHelpUri_IsItsAnchorInThePolicyDocs()
    {
        Assert.All(Run().GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray(), r => Assert.False(r.TryGetProperty("helpUri", out _)));
        var rules = Run(new ReportOptions(InformationUri: "https://example.org/docs/policies.md")).GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray();
        var headings = File.ReadAllLines(Path.Combine(IrisStack.Tests.Shared.RepoPaths.Root, "docs", "policies.md")).Where(l => l.StartsWith("### ", StringComparison.Ordinal)).Select(l => l[4..]).ToHashSet();
        Assert.All(rules, r =>
        {
            var id = r.GetProperty("id").GetString()!;
            Assert.Equal($"https://example.org/docs/policies.md#{id}", r.GetProperty("helpUri").GetString());
            Assert.Contains(id, headings);
        });
    }

    [Fact]
    public void Sarif_DriverVersion_IsThePacksVersion()
    {
        var driver = Run().GetProperty("tool").GetProperty("driver");
        Assert.Matches(@"^[0-9]+\.[0-9]+\.[0-9]+$", driver.GetProperty("version").GetString());
        Assert.Equal(PolicySarifReport.ToolVersion, driver.GetProperty("semanticVersion").GetString());
    }

    [Fact]
    public void Sarif_NotCoveredTypesAndLevels_AreToolNotifications()
    {
        var report = ReportFixture.Report() with { LevelsNote = "the defaults" };
        var invocation = Assert.Single(JsonDocument.Parse(PolicySarifReport.Render(report, ReportOptions.Default)).RootElement.GetProperty("runs")[0].GetProperty("invocations").EnumerateArray());
        Assert.True(invocation.GetProperty("executionSuccessful").GetBoolean());
        var notes = invocation.GetProperty("toolExecutionNotifications").EnumerateArray().ToDictionary(n => n.GetProperty("descriptor").GetProperty("id").GetString()!, n => n.GetProperty("message").GetProperty("text").GetString()!);
        Assert.Equal("Levels: the defaults.", notes["levels"]);
        Assert.Contains("aws:ec2/eip:Eip ×1", notes["not-covered"], StringComparison.Ordinal);
    }

    [Fact]
    public void Sarif_ResultLine_IsTheSettingsLine_ElseLineOne()
    {
        var violation = ReportFixture.Report().Results.SelectMany(r => r.Violations).First();
        var report = ReportFixture.Report() with
        {
            Results = [.. ReportFixture.Report().Results.Select(r => r with { Violations = [.. r.Violations.Select(v => v == violation ? v with { Setting = "iris-stack:network.x" } : v)] })],
        };
        var options = ReportOptions.Default with { LineOfSetting = key => key == "iris-stack:network.x" ? 12 : null };
        var lines = JsonDocument.Parse(PolicySarifReport.Render(report, options)).RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray()
            .Select(r => r.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("region").GetProperty("startLine").GetInt32()).ToList();
        Assert.Equal(12, lines[0]);
        Assert.All(lines.Skip(1), l => Assert.Equal(1, l));
    }

    [Fact]
    public void Sarif_CategoryIsPerStack() =>
        Assert.Equal("irisstack/test/", Run().GetProperty("automationDetails").GetProperty("id").GetString());

    [Fact]
    public void Sarif_PassingStack_HasRulesAndNoResults()
    {
        var report = PolicyRunner.Run(NetworkPack.Create(), NetworkFixture.Graph(), Settings.Defaults);
        var run = JsonDocument.Parse(PolicySarifReport.Render(report, ReportOptions.Default)).RootElement.GetProperty("runs")[0];
        Assert.Empty(Results(run));
        Assert.Equal(NetworkPack.Create().Policies.Length, run.GetProperty("tool").GetProperty("driver").GetProperty("rules").GetArrayLength());
    }

    [Fact]
    public void Sarif_Snapshot()
    {
        var text = Text();
        Assert.Equal(text, Text());
        Snapshot.Match(text);
    }
}
