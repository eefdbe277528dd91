using System.Collections.Immutable;
using IrisStack.Components.Graph;
using IrisStack.Policies.Tests.Fixtures;

namespace IrisStack.Policies.Tests.Runner;

/// <summary>How the runner traces a finding to the config key behind it, and what it reports as not covered.</summary>
public sealed class PolicyRunnerSettingTests
{
    private const string Bucket = "aws:s3/bucket:Bucket";

    private static ResourceGraph Graph(Action<GraphBuilder> settings)
    {
        var builder = new GraphBuilder("p", "s");
        builder.Provider("aws", "aws-provider", MapValue.Empty);
        builder.Component("iris:test:Test", "component");
        builder.Resource(Bucket, "bucket", MapValue.Of(("ingress", ListValue.Of(MapValue.Of(("cidr", "0.0.0.0/0"))))), "component");
        settings(builder);
        return builder.Build();
    }

    private static PolicyViolation Violation(Finding finding, Action<GraphBuilder> settings) =>
        Assert.Single(PolicyRunner.Run(new PolicyPack([new FindsOnBucket(finding)]), Graph(settings), Settings.Defaults).Results[0].Violations);

    [Fact]
    public void OneKeyBehindTheProperty_IsTheSetting_AndTheFixSaysWhatToPutThere()
    {
        var violation = Violation(new Finding("bucket", "ingress", "open", "Close it.") { Want = "[]" },
            g => g.Setting("bucket", "ingress", "iris-stack:test.ingress"));
        Assert.Equal("iris-stack:test.ingress", violation.Setting);
        Assert.Equal("Set `iris-stack:test.ingress` to [].", violation.Fix);
    }

    [Fact]
    public void AKeyOfAPropertyAbove_CoversTheFindingsPathBelowIt()
    {
        var violation = Violation(new Finding("bucket", "ingress[0].cidr", "open", "Close it.") { Want = "a private block" },
            g => g.Setting("bucket", "ingress", "iris-stack:test.ingress"));
        Assert.Equal("iris-stack:test.ingress", violation.Setting);
    }

    [Fact]
    public void APropertyThatOnlySharesAPrefix_IsNotCovered()
    {
        var violation = Violation(new Finding("bucket", "ingressRules", "open", "Close it.") { Want = "[]" },
            g => g.Setting("bucket", "ingress", "iris-stack:test.ingress"));
        Assert.Null(violation.Setting);
        Assert.Equal("Close it.", violation.Fix);
    }

    [Fact]
    public void SeveralKeys_TheFindingNamesOne()
    {
        var violation = Violation(new Finding("bucket", "ingress", "open", "Close it.") { Setting = "limits.b", Want = "1" },
            g => g.Setting("bucket", "ingress", "iris-stack:test.limits.a", "iris-stack:test.limits.b"));
        Assert.Equal("iris-stack:test.limits.b", violation.Setting);
    }

    [Fact]
    public void SeveralKeys_NoneNamed_NoSingleSetting_AndTheFixStays()
    {
        var violation = Violation(new Finding("bucket", "ingress", "open", "Close it.") { Want = "1" },
            g => g.Setting("bucket", "ingress", "iris-stack:test.limits.a", "iris-stack:test.limits.b"));
        Assert.Null(violation.Setting);
        Assert.Equal("Close it.", violation.Fix);
    }

    [Fact]
    public void NoRecordedKey_NoSetting()
    {
        var violation = Violation(new Finding("bucket", "ingress", "open", "Close it.") { Setting = "ingress", Want = "[]" }, _ => { });
        Assert.Null(violation.Setting);
        Assert.Equal("Close it.", violation.Fix);
    }

    [Fact]
    public void NotCovered_ListsUnexaminedResourceTypes_NotProvidersOrComponents()
    {
        var report = PolicyRunner.Run(NetworkPack.Create(), Graph(_ => { }), Settings.Defaults);
        Assert.Equal(new Dictionary<string, int> { [Bucket] = 1 }, report.NotCovered.Entries);
        Assert.All(report.Results, r => Assert.Equal(PolicyStatus.NotApplicable, r.Status));
    }

    [Fact]
    public void NotCovered_ADisabledPolicysTypes_AreNotCovered()
    {
        var graph = Graph(_ => { });
        var pack = new PolicyPack([new FindsOnBucket(new Finding("bucket", string.Empty, "m", "f"))]);
        Assert.True(PolicyRunner.Run(pack, graph, Settings.Defaults).NotCovered.IsEmpty);
        Assert.Equal([Bucket], PolicyRunner.Run(pack, graph, Settings.From("""{"all": "disabled"}""")).NotCovered.Keys);
    }

    private sealed class FindsOnBucket(Finding finding) : ResourcePolicy
    {
        public override string Id => "finds-on-bucket";

        public override string Description => "A test policy.";

        public override string Rationale => "Tests.";

        public override string Layer => "test";

        public override ImmutableArray<string> PeerIds => [];

        public override ImmutableHashSet<string> ResourceTypes => [Bucket];

        protected override IEnumerable<Finding> Check(ResourceNode node, PolicyContext context) => [finding];
    }
}
