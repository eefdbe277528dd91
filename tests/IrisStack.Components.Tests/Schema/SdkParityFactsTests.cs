using System.Collections.Immutable;
using IrisStack.Components.Plan;

namespace IrisStack.Components.Tests.Schema;

/// <summary>The registration plan's tables of typed-SDK behaviour agree with the schema facts, entry by entry.</summary>
public sealed class SdkParityFactsTests
{
    private static readonly SchemaFacts Facts = SchemaFacts.Load(SchemaFacts.DefaultPath);

    [Fact]
    public void JsonInputs_MatchTheFacts()
    {
        AssertTableMatches(SdkParity.JsonInputs, e => e.Inputs.Where(i => i.Value.Json).Select(i => i.Key), "json: true");
    }

    [Fact]
    public void SecretInputs_MatchTheFacts()
    {
        AssertTableMatches(SdkParity.SecretInputs, e => e.Inputs.Where(i => i.Value.Secret).Select(i => i.Key), "secret: true");
    }

    [Fact]
    public void SecretOutputs_MatchTheFacts()
    {
        AssertTableMatches(SdkParity.SecretOutputs, e => e.SecretOutputs, "secretOutputs");
    }

    [Fact]
    public void ConstantInputs_MatchTheFacts()
    {
        foreach (var entry in Facts.Resources.Values.Where(e => !e.Type.Contains('{', StringComparison.Ordinal)))
        {
            var planned = SdkParity.ConstantInputs(entry.Type);
            Assert.True(
                planned.Count == entry.SdkSetsInputs.Count && planned.All(p => entry.SdkSetsInputs.GetValueOrDefault(p.Key) == p.Value),
                $"{entry.Type}: the facts' sdkSetsInputs are {Show(entry.SdkSetsInputs)}, SdkParity.ConstantInputs gives {Show(planned)}.");
        }
    }

    [Theory]
    [InlineData("kubernetes:core/v1:Secret", "v1", "Secret")]
    [InlineData("kubernetes:apps/v1:Deployment", "apps/v1", "Deployment")]
    [InlineData("kubernetes:networking.k8s.io/v1:NetworkPolicy", "networking.k8s.io/v1", "NetworkPolicy")]
    [InlineData("kubernetes:core/v1:SecretPatch", "v1", "Secret")]
    [InlineData("kubernetes:intersystems.com/v1alpha1:IrisCluster", "intersystems.com/v1alpha1", "IrisCluster")]
    public void KubernetesObject_ApiVersionAndKind_ComeFromTheToken(string type, string apiVersion, string kind)
    {
        Assert.Equal((apiVersion, kind), SdkParity.KubernetesObject(type));
    }

    [Theory]
    [InlineData("kubernetes:helm.sh/v3:Release")]
    [InlineData("kubernetes:helm.sh/v4:Chart")]
    [InlineData("kubernetes:yaml/v2:ConfigGroup")]
    [InlineData("pulumi:providers:kubernetes")]
    [InlineData("aws:ec2/vpc:Vpc")]
    public void KubernetesObject_OtherTokens_AreNotObjects(string type)
    {
        Assert.Null(SdkParity.KubernetesObject(type));
    }

    private static void AssertTableMatches(
        ImmutableDictionary<string, ImmutableSortedSet<string>> table, Func<ResourceFacts, IEnumerable<string>> fromFacts, string flag)
    {
        foreach (var entry in Facts.Resources.Values)
        {
            var expected = fromFacts(entry).ToImmutableSortedSet(StringComparer.Ordinal);
            var planned = SdkParity.For(table, entry.Type);
            Assert.True(expected.SetEquals(planned), $"{entry.Type}: the facts mark {flag} on [{string.Join(", ", expected)}], SdkParity lists [{string.Join(", ", planned)}]; update SdkParity.");
        }

        var stale = table.Keys.Where(t => !Facts.Resources.ContainsKey(t)).ToList();
        Assert.True(stale.Count == 0, $"SdkParity lists types the facts do not have: {string.Join(", ", stale)}.");
    }

    private static string Show(IEnumerable<KeyValuePair<string, string>> map) => "{" + string.Join(", ", map.Select(p => $"{p.Key}: {p.Value}")) + "}";
}
