using System.Text.Json.Nodes;
using IrisStack.Components.ApiGateway;
using IrisStack.Components.Collections;
using IrisStack.Components.Graph;
using IrisStack.Components.Tests.Schema;
using static IrisStack.Components.Tests.ApiGateway.ApiGatewayLayerFixture;

namespace IrisStack.Components.Tests.ApiGateway;

/// <summary>A prod-like section that sets neither session.secret nor redis.authToken: the layer generates both.</summary>
public sealed class ApiGatewayGeneratedSecretsTests
{
    private const string PasswordType = "random:index/randomPassword:RandomPassword";

    private static readonly SecretValue SessionResult = new(new OutputReference($"{Name}-session-secret", "result"));

    private static readonly SecretValue RedisResult = new(new OutputReference($"{Name}-redis-auth-token", "result"));

    private static readonly Lazy<(ResourceGraph Graph, ApiGatewayOutputs Outputs, IrisStack.Components.Network.NetworkOutputs Network)> Generated = new(() => Build(WithoutSecrets(Prod())));

    private static JsonObject WithoutSecrets(JsonObject section)
    {
        section.Remove("session");
        ((JsonObject)section["redis"]!).Remove("authToken");
        return section;
    }

    private static EquatableArray<Value> KongYmlParts(ResourceGraph graph) =>
        Assert.IsType<InterpolationValue>(Assert.IsType<MapValue>(Node(graph, "kong-yml").Input("stringData"))[KongObjectKeys.DeclarativeConfig]).Parts;

    [Fact]
    public void Unset_GeneratesTwoAlphanumericPasswords_UnderTheComponent()
    {
        var graph = Generated.Value.Graph;
        var passwords = Children(graph).Where(n => n.Type == PasswordType).OrderBy(n => n.Name, StringComparer.Ordinal).ToList();

        Assert.Equal([$"{Name}-redis-auth-token", $"{Name}-session-secret"], passwords.Select(n => n.Name));
        Assert.All(passwords, n =>
        {
            Assert.Equal(new BoolValue(false), n.Input("special"));
            Assert.Equal(Name, n.Parent);
        });
        Assert.Equal(new NumberValue(ApiGatewayLayer.SessionSecretLength), Node(graph, "session-secret").Input("length"));
        Assert.Equal(new NumberValue(ApiGatewayLayer.RedisAuthTokenLength), Node(graph, "redis-auth-token").Input("length"));
        Assert.InRange(ApiGatewayLayer.SessionSecretLength, 32, int.MaxValue);
        Assert.InRange(ApiGatewayLayer.RedisAuthTokenLength, 16, 128);
    }

    [Fact]
    public void Unset_TheGeneratedResults_AreTheSecretsOfKongYmlAndTheReplicationGroup_AndTheOutputs()
    {
        var (graph, outputs, _) = Generated.Value;
        var parts = KongYmlParts(graph);

        Assert.Equal(RedisResult, Node(graph, "redis").Input("authToken"));
        Assert.Contains(SessionResult, parts);
        Assert.Contains(RedisResult, parts);
        Assert.DoesNotContain(parts, p => p is OutputReference { Output: "result" });
        Assert.Equal((SessionResult, RedisResult), (outputs.SessionSecret, outputs.RedisAuthToken));
    }

    [Fact]
    public void Unset_TheMaskedKongYml_IsTheSameAsWithConfiguredSecrets_AndHoldsNoSecret()
    {
        var generated = Generated.Value.Outputs.Artifacts.Single(a => a.Path == ApiGatewayArtifacts.KongYmlPath).Content;
        var configured = Build(Prod()).Outputs.Artifacts.Single(a => a.Path == ApiGatewayArtifacts.KongYmlPath).Content;

        Assert.Equal(configured, generated);
        Assert.Contains("secret: \"[secret]\"", generated, StringComparison.Ordinal);
        Assert.Contains("password: \"[secret]\"", generated, StringComparison.Ordinal);
        Assert.DoesNotContain(".result", generated, StringComparison.Ordinal);
        Assert.DoesNotContain("session-secret-with", generated, StringComparison.Ordinal);
    }

    [Fact]
    public void Set_NothingIsGenerated_AndTheConfiguredSecretsAreUsed()
    {
        var (graph, outputs, _) = Build(Dev());

        Assert.DoesNotContain(Children(graph), n => n.Type == PasswordType);
        Assert.Equal(new SecretValue(new StringValue("redis-token-1-abcdefgh")), outputs.RedisAuthToken);
        Assert.Equal(new SecretValue(new StringValue("session-secret-with-\"quote")), outputs.SessionSecret);
        Assert.Equal(outputs.RedisAuthToken, Node(graph, "redis").Input("authToken"));
    }

    [Fact]
    public void Unset_TheGeneratedPasswords_ConformToTheSchemaFacts()
    {
        var graph = Generated.Value.Graph;
        var facts = SchemaFacts.Load(SchemaFacts.DefaultPath);

        var violations = Children(graph).Where(n => n.Type == PasswordType).Append(Node(graph, "redis"))
            .SelectMany(n => SchemaConformance.Check(n, facts, graph.Find)).ToList();

        Assert.True(violations.Count == 0, string.Join(Environment.NewLine, violations));
    }

    [Fact]
    public void Unset_ThePolicies_PassOnTheLayersNodes()
    {
        var settings = IrisStack.Components.Config.PolicySettings.Read(Components.Config.ConfigReader.EmptySection("policies")) with { RequireProtection = true };

        var report = IrisStack.Policies.PolicyRunner.Run(IrisStack.Policies.PolicyPack.Default(), Generated.Value.Graph, settings);

        var findings = report.Results.SelectMany(r => r.Violations.Select(v => (r.Policy.Id, v.Resource, v.Message)))
            .Where(f => f.Resource.StartsWith(Name, StringComparison.Ordinal)).ToList();
        Assert.True(findings.Count == 0, string.Join(Environment.NewLine, findings));
        Assert.Contains(report.Results, r => r.Policy.Id == "elasticache-auth" && r.Status == IrisStack.Policies.PolicyStatus.Passed);
    }
}
