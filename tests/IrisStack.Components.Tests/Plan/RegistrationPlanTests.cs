using System.Collections.Immutable;
using IrisStack.Components.Graph;
using IrisStack.Components.Plan;

namespace IrisStack.Components.Tests.Plan;

public sealed class RegistrationPlanTests
{
    private static RegistrationPlan PlanOf(GraphBuilder graph, params StackOutput[] outputs) => RegistrationPlan.Create(graph.Build(), outputs);

    [Fact]
    public void Order_KeepsGraphOrder_WhenItIsAlreadyValid()
    {
        var graph = new GraphBuilder("p", "s");
        var component = graph.Component("iris:network:Network", "net");
        var vpc = graph.Resource("aws:ec2/vpc:Vpc", "vpc", MapValue.Of(("cidrBlock", "10.0.0.0/16")), component.Name);
        graph.Resource("aws:ec2/subnet:Subnet", "subnet", MapValue.Of(("vpcId", vpc.Id)), component.Name);

        var plan = PlanOf(graph);

        Assert.Equal(["net", "vpc", "subnet"], plan.Steps.Select(s => s.Name));
    }

    [Fact]
    public void Order_PutsParentsProvidersReferencesAndDependsOnFirst_WhenTheGraphListsThemLater()
    {
        var options = new ResourceOptions { DependsOn = ["waited"], Provider = "k8s" };
        var nodes = ImmutableArray.Create(
            Node("kubernetes:core/v1:ConfigMap", "user", NodeKind.Custom, "parent", MapValue.Of(("data", MapValue.Of(("x", new OutputReference("referenced", "arn")))))) with { Options = options },
            Node("iris:network:Network", "parent", NodeKind.Component, null, MapValue.Empty),
            Node("aws:kms/key:Key", "referenced", NodeKind.Custom, null, MapValue.Empty),
            Node("aws:kms/key:Key", "waited", NodeKind.Custom, null, MapValue.Empty),
            Node("pulumi:providers:kubernetes", "k8s", NodeKind.Provider, null, MapValue.Empty));

        var plan = RegistrationPlan.Create(new ResourceGraph("p", "s", nodes), []);

        var order = plan.Steps.Select(s => s.Name).ToList();
        Assert.Equal(nodes.Length, order.Count);
        foreach (var before in new[] { "parent", "referenced", "waited", "k8s" })
        {
            Assert.True(order.IndexOf(before) < order.IndexOf("user"), $"{before} must be registered before user: {string.Join(", ", order)}");
        }

        Assert.All(plan.Steps, s => Assert.All(s.Prerequisites, p => Assert.True(order.IndexOf(p) < order.IndexOf(s.Name))));
    }

    [Fact]
    public void Order_Cycle_NamesTheNodes()
    {
        var nodes = ImmutableArray.Create(
            Node("aws:kms/key:Key", "a", NodeKind.Custom, null, MapValue.Of(("description", new OutputReference("b", "arn")))),
            Node("aws:kms/key:Key", "b", NodeKind.Custom, null, MapValue.Of(("description", new OutputReference("a", "arn")))));

        var error = Assert.Throws<InvalidOperationException>(() => RegistrationPlan.Create(new ResourceGraph("p", "s", nodes), []));

        Assert.Contains("cycle", error.Message, StringComparison.Ordinal);
        Assert.Contains("a, b", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Step_CarriesKindTypeNameUrnParentOptions()
    {
        var graph = new GraphBuilder("iris-stack", "dev");
        var component = graph.Component("iris:network:Network", "network");
        var waited = graph.Resource("aws:kms/key:Key", "key", MapValue.Empty, component.Name);
        graph.Resource("aws:s3/bucket:Bucket", "bucket", MapValue.Empty, component.Name,
            new ResourceOptions { DependsOn = [waited.Name], Protect = true, IgnoreChanges = ["tags"] });

        var step = PlanOf(graph)["bucket"];

        Assert.Equal(NodeKind.Custom, step.Kind);
        Assert.Equal("aws:s3/bucket:Bucket", step.Type);
        Assert.Equal("urn:pulumi:dev::iris-stack::iris:network:Network$aws:s3/bucket:Bucket::bucket", step.Urn);
        Assert.Equal("network", step.Parent);
        Assert.Equal<string>(["key"], step.DependsOn);
        Assert.True(step.Protect);
        Assert.Equal<string>(["tags"], step.IgnoreChanges);
        Assert.Null(step.Provider);
    }

    [Fact]
    public void Kinds_ComponentRemoteComponentAndProvider_AreKept()
    {
        var graph = new GraphBuilder("p", "s");
        graph.Component("iris:cluster:Cluster", "cluster");
        var provider = graph.Provider("kubernetes", "k8s", MapValue.Empty, "cluster");
        graph.RemoteComponent("eks:index:Cluster", "eks", MapValue.Of(("version", "1.33")), "cluster");

        var plan = PlanOf(graph);

        Assert.Equal(NodeKind.Component, plan["cluster"].Kind);
        Assert.Equal(NodeKind.Provider, plan["k8s"].Kind);
        Assert.Equal("kubernetes", plan["k8s"].ProviderPackage);
        Assert.Equal("pulumi:providers:kubernetes", provider.Type);
        Assert.Equal(NodeKind.RemoteComponent, plan["eks"].Kind);
        Assert.Null(plan["eks"].ProviderPackage);
    }

    [Fact]
    public void Steps_CarryThePluginVersionOfTheirPackage_AndOurComponentsNone()
    {
        var graph = new GraphBuilder("p", "s");
        graph.Component("iris:cluster:Cluster", "cluster");
        graph.Provider("kubernetes", "k8s", MapValue.Empty, "cluster");
        graph.RemoteComponent("eks:index:Cluster", "eks", MapValue.Empty, "cluster");
        graph.Resource("aws:kms/key:Key", "key", MapValue.Empty, "cluster");

        var plan = PlanOf(graph);

        Assert.Null(plan["cluster"].Version);
        Assert.Equal("4.34.2", plan["k8s"].Version);
        Assert.Equal("4.3.0", plan["eks"].Version);
        Assert.Equal("7.48.0", plan["key"].Version);
    }

    [Fact]
    public void Provider_IsInheritedFromParentsLikePulumiDoes()
    {
        var graph = new GraphBuilder("p", "s");
        var k8s = graph.Provider("kubernetes", "k8s", MapValue.Empty);
        var ns = graph.Resource("kubernetes:core/v1:Namespace", "ns", MapValue.Empty, options: new ResourceOptions { Provider = k8s.Name });
        graph.Resource("kubernetes:core/v1:ConfigMap", "child", MapValue.Empty, ns.Name);
        graph.Resource("aws:kms/key:Key", "other-package", MapValue.Empty, ns.Name);

        var plan = PlanOf(graph);

        Assert.Equal("k8s", plan["ns"].Provider);
        Assert.Equal("k8s", plan["child"].Provider);
        Assert.Null(plan["other-package"].Provider);
    }

    [Fact]
    public void Provider_OfAnotherPackage_IsRefused()
    {
        var graph = new GraphBuilder("p", "s");
        var k8s = graph.Provider("kubernetes", "k8s", MapValue.Empty);
        graph.Resource("aws:kms/key:Key", "key", MapValue.Empty, options: new ResourceOptions { Provider = k8s.Name });

        var error = Assert.Throws<InvalidOperationException>(() => PlanOf(graph));

        Assert.Contains("'key'", error.Message, StringComparison.Ordinal);
        Assert.Contains("needs a aws provider", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void DeclaredOutputs_AreTheReferencedOnesWithoutIdAndUrn_IncludingStackOutputs()
    {
        var graph = new GraphBuilder("p", "s");
        var key = graph.Resource("aws:kms/key:Key", "key", MapValue.Empty);
        var vpc = graph.Resource("aws:ec2/vpc:Vpc", "vpc", MapValue.Empty);
        graph.Resource("aws:kms/alias:Alias", "alias", MapValue.Of(("targetKeyId", key.Output("keyId")), ("name", vpc.Id)));

        var plan = PlanOf(graph, new StackOutput("keyArn", key.Arn), new StackOutput("vpcId", vpc.Id));

        Assert.Equal(["arn", "keyId"], plan["key"].DeclaredOutputs);
        Assert.Empty(plan["vpc"].DeclaredOutputs);
        Assert.Empty(plan["alias"].DeclaredOutputs);
    }

    [Fact]
    public void DeclaredOutputs_OfALocalComponent_AreRefused()
    {
        var graph = new GraphBuilder("p", "s");
        var component = graph.Component("iris:network:Network", "network");
        graph.Resource("aws:kms/key:Key", "key", MapValue.Of(("description", component.Output("vpcId"))));

        var error = Assert.Throws<InvalidOperationException>(() => PlanOf(graph));

        Assert.Contains("has no output 'vpcId'", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(NodeKind.Provider, "version", "has no output 'version'")]
    [InlineData(NodeKind.RemoteComponent, "id", "has no output 'id'")]
    public void DeclaredOutputs_ThatTheKindDoesNotHave_AreRefused(NodeKind kind, string output, string message)
    {
        var nodes = ImmutableArray.Create(
            Node(kind == NodeKind.Provider ? "pulumi:providers:kubernetes" : "eks:index:Cluster", "target", kind, null, MapValue.Empty),
            Node("aws:kms/key:Key", "user", NodeKind.Custom, null, MapValue.Of(("description", new OutputReference("target", output)))));

        var error = Assert.Throws<InvalidOperationException>(() => RegistrationPlan.Create(new ResourceGraph("p", "s", nodes), []));

        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void DeclaredOutputs_OfARemoteComponent_AreDeclared()
    {
        var graph = new GraphBuilder("p", "s");
        var eks = graph.RemoteComponent("eks:index:Cluster", "eks", MapValue.Empty);
        graph.Resource("aws:kms/key:Key", "key", MapValue.Of(("description", eks.Output("kubeconfigJson")), ("policy", eks.Output("urn"))));

        Assert.Equal(["kubeconfigJson"], PlanOf(graph)["eks"].DeclaredOutputs);
    }

    [Fact]
    public void Inputs_EveryValueKind_KeepsItsRegistrationForm()
    {
        var graph = new GraphBuilder("p", "s");
        var key = graph.Resource("aws:kms/key:Key", "key", MapValue.Empty);
        graph.Resource("aws:kms/alias:Alias", "alias", MapValue.Of(
            ("null", NullValue.Instance),
            ("bool", true),
            ("int", 30),
            ("double", 0.5),
            ("string", "text"),
            ("list", ListValue.Of("a", 1)),
            ("map", MapValue.Of(("k", "v"))),
            ("reference", key.Arn),
            ("secret", new SecretValue("hunter2")),
            ("format", InterpolationValue.Of("arn:", key.Output("keyId"), "/", new SecretValue("s"))),
            ("literalFormat", InterpolationValue.Of("a", "b"))));

        var inputs = PlanOf(graph)["alias"].Inputs;

        Assert.Equal(NullValue.Instance, inputs["null"]);
        Assert.True(((BoolValue)inputs["bool"]).Value);
        Assert.IsType<NumberValue>(inputs["int"]);
        Assert.Equal(30d, ((NumberValue)inputs["int"]).Value);
        Assert.Equal(0.5, ((NumberValue)inputs["double"]).Value);
        Assert.Equal("text", ((StringValue)inputs["string"]).Value);
        Assert.Equal(ListValue.Of([new StringValue("a"), new NumberValue(1)]), inputs["list"]);
        Assert.Equal(new StringValue("v"), ((MapValue)inputs["map"])["k"]);
        Assert.Equal(new OutputReference("key", "arn"), inputs["reference"]);
        Assert.Equal(new SecretValue(new StringValue("hunter2")), inputs["secret"]);
        Assert.Equal(
            new InterpolationValue([new StringValue("arn:"), new OutputReference("key", "keyId"), new StringValue("/"), new SecretValue(new StringValue("s"))]),
            inputs["format"]);
        Assert.Equal(new StringValue("ab"), inputs["literalFormat"]);
    }

    [Fact]
    public void Inputs_NestedSecrets_StaySecret()
    {
        var graph = new GraphBuilder("p", "s");
        graph.Resource("aws:kms/key:Key", "key", MapValue.Of(("outer", MapValue.Of(("list", ListValue.Of(new SecretValue("deep")))))));

        var outer = (MapValue)PlanOf(graph)["key"].Inputs["outer"];

        Assert.Equal(new SecretValue(new StringValue("deep")), ((ListValue)outer["list"]!).Items[0]);
    }

    [Fact]
    public void Kubernetes_ApiVersionAndKind_AreFilledFromTheToken()
    {
        var graph = new GraphBuilder("p", "s");
        graph.Resource("kubernetes:core/v1:ConfigMap", "cm", MapValue.Of(("data", MapValue.Of(("a", "b")))));
        graph.Resource("kubernetes:apps/v1:Deployment", "deploy", MapValue.Of(("apiVersion", "apps/v1"), ("kind", "Deployment")));
        graph.Resource("kubernetes:intersystems.com/v1alpha1:IrisCluster", "iris", MapValue.Empty);

        var plan = PlanOf(graph);

        Assert.Equal(new StringValue("v1"), plan["cm"].Inputs["apiVersion"]);
        Assert.Equal(new StringValue("ConfigMap"), plan["cm"].Inputs["kind"]);
        Assert.Equal(new StringValue("apps/v1"), plan["deploy"].Inputs["apiVersion"]);
        Assert.Equal(new StringValue("intersystems.com/v1alpha1"), plan["iris"].Inputs["apiVersion"]);
        Assert.Equal(new StringValue("IrisCluster"), plan["iris"].Inputs["kind"]);
    }

    [Fact]
    public void Kubernetes_KindContradictingTheToken_IsRefused()
    {
        var graph = new GraphBuilder("p", "s");
        graph.Resource("kubernetes:core/v1:ConfigMap", "cm", MapValue.Of(("kind", "Secret")));

        var error = Assert.Throws<InvalidOperationException>(() => PlanOf(graph));

        Assert.Contains("input 'kind' is 'Secret'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void HelmV3Release_GetsCompatTrue()
    {
        var graph = new GraphBuilder("p", "s");
        graph.Resource("kubernetes:helm.sh/v3:Release", "release", MapValue.Of(("chart", "kong")));

        var inputs = PlanOf(graph)["release"].Inputs;

        Assert.Equal(new StringValue("true"), inputs["compat"]);
        Assert.False(inputs.ContainsKey("apiVersion"));
    }

    [Fact]
    public void ProviderJsonInputs_AreSentAsJsonText_AndListed()
    {
        var graph = new GraphBuilder("p", "s");
        graph.Provider("kubernetes", "k8s", MapValue.Of(
            ("enableServerSideApply", true),
            ("kubeClientSettings", MapValue.Of(("burst", 120), ("qps", 50.5))),
            ("kubeconfig", new SecretValue("apiVersion: v1")),
            ("deleteUnreachable", new SecretValue(false))));

        var step = PlanOf(graph)["k8s"];

        Assert.Equal(new StringValue("true"), step.Inputs["enableServerSideApply"]);
        Assert.Equal(new StringValue("""{"burst":120,"qps":50.5}"""), step.Inputs["kubeClientSettings"]);
        Assert.Equal(new SecretValue(new StringValue("false")), step.Inputs["deleteUnreachable"]);
        Assert.Equal(new SecretValue(new StringValue("apiVersion: v1")), step.Inputs["kubeconfig"]);
        Assert.Equal(["deleteUnreachable", "enableServerSideApply", "kubeClientSettings"], step.JsonEncodedInputs);
    }

    [Fact]
    public void ProviderJsonInput_HoldingAReference_IsRefused()
    {
        var graph = new GraphBuilder("p", "s");
        var key = graph.Resource("aws:kms/key:Key", "key", MapValue.Empty);
        graph.Provider("kubernetes", "k8s", MapValue.Of(("enableServerSideApply", key.Output("enabled"))));

        var error = Assert.Throws<InvalidOperationException>(() => PlanOf(graph));

        Assert.Contains("'k8s' (pulumi:providers:kubernetes) input 'enableServerSideApply'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void SecretInputsAndOutputs_FollowTheTypedSdk()
    {
        var graph = new GraphBuilder("p", "s");
        graph.Resource("kubernetes:core/v1:Secret", "secret", MapValue.Of(("stringData", MapValue.Of(("password", "plain"))), ("type", "Opaque")));

        var step = PlanOf(graph)["secret"];

        Assert.IsType<SecretValue>(step.Inputs["stringData"]);
        Assert.IsType<StringValue>(step.Inputs["type"]);
        Assert.Equal(["data", "stringData"], step.AdditionalSecretOutputs);
    }

    [Fact]
    public void StackOutputs_AreConverted_AndSecretsStaySecret()
    {
        var graph = new GraphBuilder("p", "s");
        var vpc = graph.Resource("aws:ec2/vpc:Vpc", "vpc", MapValue.Empty);

        var plan = PlanOf(graph,
            new StackOutput("vpcId", vpc.Id),
            new StackOutput("subnets", ListValue.Of(vpc.Output("cidrBlock"))),
            new StackOutput("token", new SecretValue("s3cr3t")));

        Assert.Equal(["subnets", "token", "vpcId"], plan.Outputs.Keys);
        Assert.Equal(new OutputReference("vpc", "id"), plan.Outputs["vpcId"]);
        Assert.Equal(ListValue.Of([new OutputReference("vpc", "cidrBlock")]), plan.Outputs["subnets"]);
        Assert.Equal(new SecretValue(new StringValue("s3cr3t")), plan.Outputs["token"]);
        Assert.Equal(["cidrBlock"], plan["vpc"].DeclaredOutputs);
    }

    [Fact]
    public void StackOutputs_Duplicate_IsRefused()
    {
        var graph = new GraphBuilder("p", "s");

        var error = Assert.Throws<InvalidOperationException>(() => PlanOf(graph, new StackOutput("x", 1), new StackOutput("x", 2)));

        Assert.Contains("'x'", error.Message, StringComparison.Ordinal);
    }

    private static ResourceNode Node(string type, string name, NodeKind kind, string? parent, MapValue inputs) =>
        new(type, name, kind, parent, inputs, ResourceOptions.None);
}
