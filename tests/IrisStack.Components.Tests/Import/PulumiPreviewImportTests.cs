using System.Text.Json.Nodes;
using IrisStack.Components.Graph;
using IrisStack.Stack.PlanFiles;

namespace IrisStack.Components.Tests.Import;

public sealed class PulumiPreviewImportTests
{
    private const string Unknown = GraphImport.UnknownValue;
    private const string Prefix = "urn:pulumi:ci::iris-stack::";
    private const string RootUrn = Prefix + "pulumi:pulumi:Stack::iris-stack-ci";
    private const string ProviderUrn = Prefix + "pulumi:providers:aws::default_7_48_0";
    private const string ComponentUrn = Prefix + "iris:network:Network::network";
    private const string VpcUrn = Prefix + "iris:network:Network$aws:ec2/vpc:Vpc::network-vpc";

    private static JsonObject Step(string op, string urn, string type, bool custom = true, string? parent = RootUrn, JsonObject? inputs = null, JsonObject? dependencies = null, string? provider = null)
    {
        var state = new JsonObject { ["urn"] = urn, ["custom"] = custom, ["type"] = type };
        if (parent is not null)
        {
            state["parent"] = parent;
        }

        if (inputs is not null)
        {
            state["inputs"] = inputs;
        }

        if (dependencies is not null)
        {
            state["propertyDependencies"] = dependencies;
        }

        if (provider is not null)
        {
            state["provider"] = provider;
        }

        return new JsonObject { ["op"] = op, ["urn"] = urn, ["newState"] = state };
    }

    private static JsonObject Root() => Step("same", RootUrn, "pulumi:pulumi:Stack", custom: false, parent: null);

    private static JsonObject Component() => Step("create", ComponentUrn, "iris:network:Network", custom: false);

    private static JsonObject Vpc() => Step("create", VpcUrn, "aws:ec2/vpc:Vpc", parent: ComponentUrn, inputs: new JsonObject { ["cidrBlock"] = "10.0.0.0/16" });

    private static ResourceGraph Import(params JsonObject[] steps) =>
        GraphImport.FromPulumiPreview(new JsonObject { ["steps"] = new JsonArray(steps) }.ToJsonString(), "preview.json");

    private static JsonObject Deps(string input, params string[] urns) => new() { [input] = new JsonArray([.. urns.Select(u => (JsonNode)u)]) };

    [Fact]
    public void Names_ComeFromUrns_AndParentsFromParentUrns()
    {
        var graph = Import(Root(), Component(), Vpc());
        Assert.Equal(("ci", "iris-stack"), (graph.Stack, graph.Project));
        Assert.Equal(["network", "network-vpc"], graph.Nodes.Select(n => n.Name));
        Assert.Equal("network", graph["network-vpc"].Parent);
        Assert.Null(graph["network"].Parent);
        Assert.Equal(VpcUrn, graph.UrnOf("network-vpc"));
        Assert.Equal(new StringValue("10.0.0.0/16"), graph["network-vpc"].Input("cidrBlock"));
    }

    [Fact]
    public void Kinds_ComponentProviderAndCustom()
    {
        var graph = Import(Root(), Step("create", ProviderUrn, "pulumi:providers:aws"), Component(),
            Step("create", VpcUrn, "aws:ec2/vpc:Vpc", parent: ComponentUrn, provider: ProviderUrn + "::" + Unknown));
        Assert.Equal(NodeKind.Provider, graph["default_7_48_0"].Kind);
        Assert.Equal(NodeKind.Component, graph["network"].Kind);
        Assert.Equal(NodeKind.Custom, graph["network-vpc"].Kind);
        Assert.Equal("default_7_48_0", graph["network-vpc"].Options.Provider);
    }

    [Theory]
    [InlineData("delete")]
    [InlineData("delete-replaced")]
    [InlineData("read")]
    [InlineData("discard")]
    public void RemovedAndReadResources_AreSkipped(string op)
    {
        var graph = Import(Root(), Component(), Vpc(), Step(op, Prefix + "aws:s3/bucket:Bucket::old", "aws:s3/bucket:Bucket"));
        Assert.Null(graph.Find("old"));
    }

    [Fact]
    public void ReplaceAndCreateReplacement_OfOneResource_AreOneNode()
    {
        var graph = Import(Root(), Component(), Vpc(), Step("create-replacement", VpcUrn, "aws:ec2/vpc:Vpc", parent: ComponentUrn));
        Assert.Single(graph.OfType("aws:ec2/vpc:Vpc"));
    }

    [Fact]
    public void Unknown_FromOneResource_IsAReferenceToIt()
    {
        var flowLog = Step("create", Prefix + "iris:network:Network$aws:ec2/flowLog:FlowLog::network-flow-log", "aws:ec2/flowLog:FlowLog", parent: ComponentUrn,
            inputs: new JsonObject { ["vpcId"] = Unknown, ["trafficType"] = "ALL" }, dependencies: Deps("vpcId", VpcUrn));
        var node = Import(Root(), Component(), Vpc(), flowLog)["network-flow-log"];
        Assert.Equal(new OutputReference("network-vpc", "id"), node.Input("vpcId"));
        Assert.Equal(new StringValue("ALL"), node.Input("trafficType"));
    }

    [Fact]
    public void KnownString_FromOneResource_IsAReferenceToIt()
    {
        // An update: the VPC exists, so Pulumi prints its id; the dependency still links the two.
        var subnet = Step("update", Prefix + "iris:network:Network$aws:ec2/subnet:Subnet::network-private-a", "aws:ec2/subnet:Subnet", parent: ComponentUrn,
            inputs: new JsonObject { ["vpcId"] = "vpc-0123456789abcdef0" }, dependencies: Deps("vpcId", VpcUrn));
        Assert.Equal(new OutputReference("network-vpc", "id"), Import(Root(), Component(), Vpc(), subnet)["network-private-a"].Input("vpcId"));
    }

    [Fact]
    public void ArnInput_IsLabelledArn()
    {
        var key = Step("create", Prefix + "aws:kms/key:Key::logs-key", "aws:kms/key:Key");
        var group = Step("create", Prefix + "aws:cloudwatch/logGroup:LogGroup::flow-logs", "aws:cloudwatch/logGroup:LogGroup",
            inputs: new JsonObject { ["kmsKeyId"] = Unknown, ["kmsKeyArn"] = Unknown }, dependencies: Deps("kmsKeyArn", Prefix + "aws:kms/key:Key::logs-key"));
        var node = Import(Root(), key, group)["flow-logs"];
        Assert.Equal(new OutputReference("logs-key", "arn"), node.Input("kmsKeyArn"));
        Assert.Equal(new StringValue(Unknown), node.Input("kmsKeyId"));
    }

    [Fact]
    public void UnknownsInsideAListFromOneResource_AreReferences_KnownItemsStay()
    {
        var group = Step("create", Prefix + "aws:ec2/securityGroup:SecurityGroup::sg", "aws:ec2/securityGroup:SecurityGroup",
            inputs: new JsonObject { ["egress"] = new JsonArray(new JsonObject { ["cidrBlocks"] = new JsonArray(Unknown, "10.0.0.0/8") }) },
            dependencies: Deps("egress", VpcUrn));
        var egress = Assert.IsType<ListValue>(Import(Root(), Component(), Vpc(), group)["sg"].Input("egress"));
        var blocks = Assert.IsType<ListValue>(Assert.IsType<MapValue>(Assert.Single(egress.Items))["cidrBlocks"]);
        Assert.Equal(new Value[] { new OutputReference("network-vpc", "value"), new StringValue("10.0.0.0/8") }, blocks.Items.ToArray());
    }

    [Fact]
    public void Unknown_FromSeveralResources_StaysThePlaceholder()
    {
        var key = Step("create", Prefix + "aws:kms/key:Key::logs-key", "aws:kms/key:Key");
        var policy = Step("create", Prefix + "aws:iam/policy:Policy::p", "aws:iam/policy:Policy",
            inputs: new JsonObject { ["policy"] = Unknown }, dependencies: Deps("policy", VpcUrn, Prefix + "aws:kms/key:Key::logs-key"));
        Assert.Equal(new StringValue(Unknown), Import(Root(), Component(), Vpc(), key, policy)["p"].Input("policy"));
    }

    [Fact]
    public void SecretsAreSecret_AndDollarBracesStayText()
    {
        var config = Step("create", Prefix + "kubernetes:core/v1:ConfigMap::cm", "kubernetes:core/v1:ConfigMap",
            inputs: new JsonObject { ["data"] = new JsonObject { ["nginx.conf"] = "set $x ${request.uri};", ["password"] = "[secret]" } });
        var data = Assert.IsType<MapValue>(Import(Root(), config)["cm"].Input("data"));
        Assert.Equal(new StringValue("set $x ${request.uri};"), data["nginx.conf"]);
        Assert.IsType<SecretValue>(data["password"]);
    }

    [Fact]
    public void NumbersBoolsAndNulls_AreKept()
    {
        var group = Step("create", Prefix + "aws:cloudwatch/logGroup:LogGroup::g", "aws:cloudwatch/logGroup:LogGroup",
            inputs: new JsonObject { ["retentionInDays"] = 365, ["skipDestroy"] = false, ["namePrefix"] = null });
        var node = Import(Root(), group)["g"];
        Assert.Equal(new NumberValue(365), node.Input("retentionInDays"));
        Assert.Equal(new BoolValue(false), node.Input("skipDestroy"));
        Assert.Equal(NullValue.Instance, node.Input("namePrefix"));
    }

    [Fact]
    public void SharedLogicalName_LaterOneIsQualifiedByType()
    {
        // pulumi-awsx names a VPC component and its aws:ec2/vpc:Vpc child alike.
        var component = Step("create", Prefix + "awsx:ec2:Vpc::main", "awsx:ec2:Vpc", custom: false);
        var vpc = Step("create", Prefix + "awsx:ec2:Vpc$aws:ec2/vpc:Vpc::main", "aws:ec2/vpc:Vpc", parent: Prefix + "awsx:ec2:Vpc::main");
        var graph = Import(Root(), component, vpc);
        Assert.Equal(["main", "main (awsx:ec2:Vpc$aws:ec2/vpc:Vpc)"], graph.Nodes.Select(n => n.Name));
        Assert.Equal("main", graph.Nodes[1].Parent);
        Assert.Equal(Prefix + "awsx:ec2:Vpc::main", graph.UrnOf("main"));
    }

    [Fact]
    public void MissingParent_AsksForShowSames()
    {
        var e = Assert.Throws<GraphImportException>(() => Import(Root(), Vpc()));
        Assert.Equal("preview.json", e.SourceFile);
        Assert.Equal("steps[1].newState.parent", e.Where);
        Assert.Contains("--show-sames", e.Fix, StringComparison.Ordinal);
    }

    [Fact]
    public void UnknownOp_NamesTheStep()
    {
        var e = Assert.Throws<GraphImportException>(() => Import(Root(), Step("teleport", ComponentUrn, "iris:network:Network", custom: false)));
        Assert.Equal("steps[1].op", e.Where);
        Assert.Contains("'teleport'", e.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void StepsFromAnotherStack_AreRejected()
    {
        var other = Step("create", "urn:pulumi:prod::iris-stack::aws:s3/bucket:Bucket::b", "aws:s3/bucket:Bucket", parent: null);
        var e = Assert.Throws<GraphImportException>(() => Import(Root(), other));
        Assert.Contains("stack 'prod'", e.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void NotAPreview_NamesTheMissingSteps()
    {
        var e = Assert.Throws<GraphImportException>(() => GraphImport.FromPulumiPreview("""{"project": "iris-stack", "resources": []}""", "plan.json"));
        Assert.Equal("steps", e.Where);
        Assert.StartsWith("plan.json: steps: ", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void InvalidJson_NamesTheFileAndLine()
    {
        var e = Assert.Throws<GraphImportException>(() => GraphImport.FromPulumiPreview("{\n  \"steps\": [,]\n}", "preview.json"));
        Assert.Equal("line 2", e.Where);
        Assert.Contains("not valid JSON", e.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void EmptyPreview_IsRejected() =>
        Assert.Contains("no resources", Assert.Throws<GraphImportException>(() => Import()).Problem, StringComparison.Ordinal);

    [Fact]
    public void OnlyTheRootStack_IsAnEmptyGraph() =>
        Assert.Empty(Import(Root()).Nodes);

    [Fact]
    public void DuplicateInputKey_IsRejectedNamingTheKeyPath()
    {
        var json = new JsonObject { ["steps"] = new JsonArray(Root(), Component(), Vpc()) }.ToJsonString()
            .Replace("\"cidrBlock\":\"10.0.0.0/16\"", "\"cidrBlock\":\"10.0.0.0/16\",\"cidrBlock\":\"10.9.0.0/16\"", StringComparison.Ordinal);

        var e = Assert.Throws<GraphImportException>(() => GraphImport.FromPulumiPreview(json, "preview.json"));

        Assert.Equal(("preview.json", "steps[2].newState.inputs.cidrBlock"), (e.SourceFile, e.Where));
        Assert.Contains("'cidrBlock' appears more than once", e.Problem, StringComparison.Ordinal);
    }
}
