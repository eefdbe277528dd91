using IrisStack.Components.Graph;
using IrisStack.Policies;
using IrisStack.Stack;
using IrisStack.Stack.PlanFiles;
using IrisStack.Tests.Shared;

namespace IrisStack.Cli.Tests.Check;

public sealed class PlanImportTests
{
    private static StackEvaluation Prod() =>
        StackEvaluation.Evaluate(new StackFileConfigSource(RepoPaths.Root, "prod"), PolicyPack.Default());

    [Fact]
    public void Plan_ReadBack_IsTheSameGraph()
    {
        var evaluation = Prod();
        var original = evaluation.Build.Graph;
        var read = GraphImport.FromPlan(PlanWriter.Write(evaluation), "plan.json");
        Assert.Equal((original.Project, original.Stack), (read.Project, read.Stack));
        Assert.Equal(original.Nodes.Length, read.Nodes.Length);
        foreach (var (a, b) in original.Nodes.Zip(read.Nodes))
        {
            // The plan masks secrets, so a secret reads back as a secret of unknown content; and an
            // interpolation of one reference (a number output made a string) reads back as the reference.
            Assert.Equal(a with { Inputs = (MapValue)Masked(a.Inputs) }, b);
            Assert.Equal(original.UrnOf(a), read.UrnOf(b));
        }

        Assert.NotEmpty(original.Settings);
        Assert.Equal(original.Settings.OrderBy(s => (s.Resource, s.Property)), read.Settings.OrderBy(s => (s.Resource, s.Property)));
    }

    private static Value Masked(Value value) => value switch
    {
        SecretValue => new SecretValue(NullValue.Instance),
        InterpolationValue { Parts: [OutputReference reference] } => reference,
        InterpolationValue interpolation when interpolation.ContainsSecret => Masked(ValueJsonText(interpolation)),
        ListValue list => new ListValue([.. list.Items.Select(Masked)]),
        MapValue map => MapValue.Of(map.Entries.Select(e => (e.Key, (Value?)Masked(e.Value)))),
        _ => value,
    };

    private static Value ValueJsonText(InterpolationValue interpolation) =>
        string.Concat(interpolation.Parts.Select(p => p is StringValue s ? s.Value : p is SecretValue ? "[secret]" : p.ToString()));

    [Fact]
    public void Plan_ReadBack_GivesTheSameReport()
    {
        var evaluation = Prod();
        var read = GraphImport.FromPlan(PlanWriter.Write(evaluation), "plan.json");
        var again = PolicyRunner.Run(PolicyPack.Default(), read, evaluation.Config.Policies);
        Assert.Equal(
            Policies.Reports.PolicyReportRenderer.Render(Policies.Reports.ReportFormat.Json, evaluation.Report),
            Policies.Reports.PolicyReportRenderer.Render(Policies.Reports.ReportFormat.Json, again));
    }

    [Fact]
    public void Plan_OptionsAndSecrets_RoundTrip()
    {
        var builder = new GraphBuilder("iris-stack", "t");
        var provider = builder.Provider("aws", "eu", MapValue.Of(("region", "eu-west-1")));
        var component = builder.Component("iris:network:Network", "network");
        var key = builder.Resource("aws:kms/key:Key", "key", MapValue.Of(("enableKeyRotation", true)), component.Name, new ResourceOptions { Provider = provider.Name, Protect = true });
        builder.Resource("aws:secretsmanager/secretVersion:SecretVersion", "secret", MapValue.Of(
            ("secretString", new SecretValue("hunter2")),
            ("description", InterpolationValue.Of("key ", key.Arn, " of the stack"))),
            component.Name,
            new ResourceOptions { DependsOn = [key.Name], IgnoreChanges = ["secretString"] });
        var graph = builder.Build();
        var config = RealStacks.Config("dev");
        var evaluation = new StackEvaluation(config, new StackBuild(graph, [], []), PolicyRunner.Run(PolicyPack.Default(), graph, config.Policies));

        var json = PlanWriter.Write(evaluation);
        Assert.DoesNotContain("hunter2", json, StringComparison.Ordinal);
        var read = GraphImport.FromPlan(json, "plan.json");
        var secret = read["secret"];
        Assert.IsType<SecretValue>(secret.Input("secretString"));
        Assert.Equal(InterpolationValue.Of("key ", key.Arn, " of the stack"), secret.Input("description"));
        Assert.Equal(["key"], secret.Options.DependsOn.ToArray());
        Assert.Equal(["secretString"], secret.Options.IgnoreChanges.ToArray());
        Assert.Equal(("eu", true), (read["key"].Options.Provider, read["key"].Options.Protect));
        Assert.Equal((NodeKind.Provider, NodeKind.Component), (read["eu"].Kind, read["network"].Kind));
    }

    [Fact]
    public void Plan_EditedUrn_IsRejectedNamingTheResource()
    {
        var json = PlanWriter.Write(Prod()).Replace("::network-vpc\"", "::network-vpc2\"", StringComparison.Ordinal);
        var e = Assert.Throws<GraphImportException>(() => GraphImport.FromPlan(json, "plan.json"));
        Assert.Matches(@"^resources\[\d+\]\.urn$", e.Where);
    }

    [Fact]
    public void Plan_UnknownKind_IsRejected()
    {
        var json = PlanWriter.Write(Prod()).Replace("\"kind\": \"component\"", "\"kind\": \"widget\"", StringComparison.Ordinal);
        var e = Assert.Throws<GraphImportException>(() => GraphImport.FromPlan(json, "plan.json"));
        Assert.Equal("resources[0].kind", e.Where);
    }
}
