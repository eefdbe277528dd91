using System.Text.Json.Nodes;
using IrisStack.Pulumi.Provider;
using Pulumi.Experimental.Provider;

namespace IrisStack.Pulumi.Tests;

/// <summary>The component package's schema, from which `pulumi package add` generates every language's SDK.</summary>
public sealed class SchemaTests
{
    private static async Task<JsonObject> SchemaAsync()
    {
        var response = await new IrisComponentProvider().GetSchema(new GetSchemaRequest(0, null, null), CancellationToken.None);
        return JsonNode.Parse(response.Schema!)!.AsObject();
    }

    [Fact]
    public async Task Resources_AreTheComponentsUnderTheirOwnTypeTokens()
    {
        var schema = await SchemaAsync();

        Assert.Equal("iris", (string?)schema["name"]);
        Assert.Equal(
            ["iris:cluster:Cluster", "iris:data:Data", "iris:edge:Edge", "iris:network:Network", "iris:webgateway:WebGateway"],
            schema["resources"]!.AsObject().Select(r => r.Key).Order(StringComparer.Ordinal));
        Assert.All(schema["resources"]!.AsObject(), r => Assert.True((bool?)r.Value!["isComponent"], r.Key));
    }

    [Fact]
    public async Task EveryResourceInputOutputAndType_HasADescription()
    {
        var schema = await SchemaAsync();
        var described = schema["resources"]!.AsObject().Select(r => (r.Key, r.Value!))
            .Concat(schema["types"]!.AsObject().Select(t => (t.Key, t.Value!)))
            .ToList();

        Assert.NotEmpty(schema["types"]!.AsObject());
        foreach (var (token, node) in described)
        {
            Assert.False(string.IsNullOrWhiteSpace((string?)node["description"]), $"{token} has no description");
            foreach (var group in new[] { "inputProperties", "properties" })
            {
                foreach (var (name, property) in node[group]?.AsObject() ?? [])
                {
                    Assert.False(string.IsNullOrWhiteSpace((string?)property!["description"]), $"{token}.{group}.{name} has no description");
                }
            }
        }
    }

    [Fact]
    public async Task DecidingValuesArePlain_PassThroughValuesAreInputs()
    {
        var schema = await SchemaAsync();
        var network = schema["resources"]!["iris:network:Network"]!;
        var clusterNetwork = schema["types"]!["iris:index:ClusterNetwork"]!;

        Assert.True((bool?)network["inputProperties"]!["cidr"]!["plain"]);
        Assert.Contains("region", network["requiredInputs"]!.AsArray().Select(n => (string?)n));
        Assert.Contains("accountId", network["requiredInputs"]!.AsArray().Select(n => (string?)n));
        Assert.Null(clusterNetwork["properties"]!["vpcId"]!["plain"]);
        Assert.True((bool?)clusterNetwork["properties"]!["vpcCidr"]!["plain"]);
        Assert.Equal("string", (string?)network["properties"]!["vpcId"]!["type"]);

        var security = schema["types"]!["iris:index:DataSecurity"]!["properties"]!;
        Assert.True((bool?)security["allowDevelopmentApplications"]!["plain"]);
        Assert.Null(security["predefinedPassword"]!["plain"]);
        Assert.Null(security["passwordHashes"]!["additionalProperties"]!["plain"]);
        Assert.Null(schema["types"]!["iris:index:IrisCluster"]!["properties"]!["licenseKey"]!["plain"]);
        Assert.Null(schema["resources"]!["iris:webgateway:WebGateway"]!["inputProperties"]!["irisCaCertPem"]!["plain"]);

        var registry = schema["types"]!["iris:index:DataOperatorRegistry"]!["properties"]!;
        Assert.Null(registry["username"]!["plain"]);
        Assert.Null(registry["password"]!["plain"]);
        var platform = schema["types"]!["iris:index:DataPlatform"]!["properties"]!;
        Assert.Null(platform["oidcProviderArn"]!["plain"]);
        Assert.Null(platform["oidcIssuer"]!["plain"]);
        Assert.True((bool?)schema["types"]!["iris:index:ExportBucketObjectLock"]!["properties"]!["retentionDays"]!["plain"]);
        var data = schema["resources"]!["iris:data:Data"]!["inputProperties"]!;
        Assert.Equal("#/types/iris:index:DataOperator", (string?)data["operator"]!["$ref"]);
        Assert.Equal("#/types/iris:index:DataBackups", (string?)data["backups"]!["$ref"]);
    }

    [Fact]
    public async Task SecretOutputs_AreSecretInTheSchema()
    {
        var resources = (await SchemaAsync())["resources"]!;

        Assert.True((bool?)resources["iris:cluster:Cluster"]!["properties"]!["kubeconfig"]!["secret"]);
        Assert.True((bool?)resources["iris:webgateway:WebGateway"]!["properties"]!["irisPassword"]!["secret"]);
        Assert.Null(resources["iris:cluster:Cluster"]!["properties"]!["clusterName"]!["secret"]);
        Assert.Null(resources["iris:data:Data"]!["properties"]!["caCertPem"]!["secret"]);
    }
}
