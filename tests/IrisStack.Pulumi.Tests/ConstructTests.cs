using System.Collections.Immutable;
using IrisStack.Pulumi.Provider;
using Pulumi;
using Pulumi.Experimental;
using Pulumi.Experimental.Provider;
using Pulumi.Testing;

namespace IrisStack.Pulumi.Tests;

/// <summary>
/// The component package's Construct, the path a TypeScript, Python or Go program takes: the
/// request names the component by its own token, the args arrive as property values, and the
/// outputs go back with their secrets marked.
/// </summary>
public sealed class ConstructTests
{
    private static readonly TestOptions Options = new() { ProjectName = "platform", StackName = "test", IsPreview = false };

    private static PropertyValue Text(string value) => new(value);

    private static RecordingMocks Mocks() => new(_ => ["arn", "keyId", "allocationId", "name", "certPem", "privateKeyPem", "certRequestPem", "result"]);

    [Fact]
    public async Task Network_ConstructedFromPropertyValues_RegistersUnderItsOwnToken()
    {
        var mocks = Mocks();
        ConstructResponse? response = null;
        await Deployment.TestAsync(mocks, Options, async () =>
        {
            var inputs = ImmutableDictionary<string, PropertyValue>.Empty
                .Add("region", Text("eu-west-1"))
                .Add("accountId", Text("123456789012"))
                .Add("azCount", new PropertyValue(2))
                .Add("natStrategy", Text("single"));
            response = await new IrisComponentProvider().Construct(new ConstructRequest("iris:network:Network", "net", inputs, new ComponentResourceOptions()), CancellationToken.None);
        });

        Assert.Contains("iris:network:Network::net", response!.Urn.ToString(), StringComparison.Ordinal);
        Assert.True(response.Outputs["vpcId"].TryGetString(out var vpcId));
        Assert.Equal("net-vpc-id", vpcId);
        Assert.Equal("iris:network:Network", mocks.Registered["net"].Type);
        Assert.Equal(2, mocks.Registered.Keys.Count(k => k.StartsWith("net-private-", StringComparison.Ordinal) && !k.Contains("rt", StringComparison.Ordinal) && !k.Contains("route", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task WebGateway_ConstructedWithAProvider_UsesItAndReturnsItsPasswordAsASecret()
    {
        var mocks = Mocks();
        ConstructResponse? response = null;
        await Deployment.TestAsync(mocks, Options, async () =>
        {
            var provider = new ProviderResource("kubernetes", "theirs", ResourceArgs.Empty, new CustomResourceOptions());
            var inputs = ImmutableDictionary<string, PropertyValue>.Empty
                .Add("region", Text("eu-west-1"))
                .Add("accountId", Text("123456789012"))
                .Add("cluster", new PropertyValue(ImmutableDictionary<string, PropertyValue>.Empty.Add("namespace", Text("edge"))));
            response = await new IrisComponentProvider().Construct(
                new ConstructRequest("iris:webgateway:WebGateway", "gw", inputs, new ComponentResourceOptions { Providers = [provider] }), CancellationToken.None);
        });

        Assert.True(response!.Outputs["irisPassword"].IsSecret);
        Assert.True(response.Outputs["serviceHost"].TryGetString(out var host));
        Assert.Equal("gw.edge.svc.cluster.local", host);
        Assert.All(mocks.Registered.Values.Where(r => r.Type!.StartsWith("kubernetes:", StringComparison.Ordinal)), r => Assert.Contains("::theirs::", r.Provider, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Data_ConstructedWithAProviderAndSecretHashes_RegistersTheIrisClusterAndReturnsTheCa()
    {
        var mocks = Mocks();
        ConstructResponse? response = null;
        await Deployment.TestAsync(mocks, Options, async () =>
        {
            var provider = new ProviderResource("kubernetes", "theirs", ResourceArgs.Empty, new CustomResourceOptions());
            var hashes = new[] { "irisadmin", "predefined", "wg_login" }.ToImmutableDictionary(
                a => a, a => new PropertyValue($"hash-of-{a},salt,10000,SHA512") { IsSecret = true }, StringComparer.Ordinal);
            var inputs = ImmutableDictionary<string, PropertyValue>.Empty
                .Add("region", Text("eu-west-1"))
                .Add("accountId", Text("123456789012"))
                .Add("platform", new PropertyValue(ImmutableDictionary<string, PropertyValue>.Empty
                    .Add("namespace", Text("db"))
                    .Add("zones", new PropertyValue([Text("eu-west-1a"), Text("eu-west-1b"), Text("eu-west-1c")]))
                    .Add("controlPlaneCidrs", new PropertyValue([Text("10.0.0.0/19"), Text("10.0.64.0/19")]))
                    .Add("oidcProviderArn", Text("arn:aws:iam::123456789012:oidc-provider/oidc.eks.eu-west-1.amazonaws.com/id/THEIRS"))
                    .Add("oidcIssuer", Text("oidc.eks.eu-west-1.amazonaws.com/id/THEIRS"))))
                .Add("security", new PropertyValue(ImmutableDictionary<string, PropertyValue>.Empty.Add("passwordHashes", new PropertyValue(hashes))))
                .Add("operator", new PropertyValue(ImmutableDictionary<string, PropertyValue>.Empty.Add("registry", new PropertyValue(ImmutableDictionary<string, PropertyValue>.Empty
                    .Add("username", new PropertyValue("registry-user") { IsSecret = true })
                    .Add("password", new PropertyValue("registry-token") { IsSecret = true })))));
            response = await new IrisComponentProvider().Construct(
                new ConstructRequest("iris:data:Data", "db", inputs, new ComponentResourceOptions { Providers = [provider] }), CancellationToken.None);
        });

        Assert.Contains("iris:data:Data::db", response!.Urn.ToString(), StringComparison.Ordinal);
        Assert.True(response.Outputs["caCertPem"].TryGetString(out var ca));
        Assert.Equal("db-tls-ca-cert.certPem", ca);
        Assert.False(response.Outputs["caCertPem"].IsSecret);
        Assert.True(response.Outputs["clusterName"].TryGetString(out var clusterName));
        Assert.Equal("iris", clusterName);
        var cpf = (IDictionary<string, object>)mocks.Registered["db-cpf"].Inputs["data"];
        Assert.Contains("hash-of-wg_login,salt,10000,SHA512", string.Concat(cpf.Values.Cast<string>()), StringComparison.Ordinal);
        Assert.All(mocks.Registered.Values.Where(r => r.Type!.StartsWith("kubernetes:", StringComparison.Ordinal)), r => Assert.Contains("::theirs::", r.Provider, StringComparison.Ordinal));
    }

    [Fact]
    public async Task InvalidInputs_FailTheConstruct_NamingTheArg()
    {
        var mocks = Mocks();
        var error = await Assert.ThrowsAnyAsync<Exception>(() => Deployment.TestAsync(mocks, Options, async () =>
        {
            var inputs = ImmutableDictionary<string, PropertyValue>.Empty.Add("region", Text("eu-west-1")).Add("accountId", Text("1")).Add("cidr", Text("10.0.0.0/33"));
            await new IrisComponentProvider().Construct(new ConstructRequest("iris:network:Network", "net", inputs, new ComponentResourceOptions()), CancellationToken.None);
        }));

        Assert.Contains("NetworkArgs.cidr", error.ToString(), StringComparison.Ordinal);
        Assert.Equal(0, mocks.Count);
    }
}
