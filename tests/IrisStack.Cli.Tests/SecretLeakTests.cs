using System.Text.Json.Nodes;
using IrisStack.Cli.Output;
using IrisStack.Components.Graph;
using IrisStack.Policies;
using IrisStack.Policies.Reports;
using IrisStack.Stack;
using IrisStack.Stack.PlanFiles;

namespace IrisStack.Cli.Tests;

/// <summary>
/// A secret whose plaintext is known (as under Pulumi, which decrypts the stack's secrets) goes
/// through every output the tool writes; the plaintext must appear in none of them.
/// </summary>
public sealed class SecretLeakTests
{
    private const string Plaintext = "Hunter2-PLAINTEXT-must-not-leak";

    private static StackEvaluation Evaluate()
    {
        var config = new JsonObject
        {
            ["aws:region"] = "eu-west-1",
            ["iris-stack:accountId"] = "123456789012",
            ["iris-stack:webGateway"] = new JsonObject { ["iris"] = new JsonObject { ["password"] = Plaintext } }.ToJsonString(),
        };
        var source = new PulumiEnvironmentConfigSource("iris-stack", "leak", config.ToJsonString(), """["iris-stack:webGateway"]""");
        return StackEvaluation.Evaluate(source, PolicyPack.Default());
    }

    [Fact]
    public void KnownSecret_ReachesTheGraphAsASecret()
    {
        var graph = Evaluate().Build.Graph;

        var cspIni = ((MapValue)graph["webgateway-csp-ini"].Input("stringData")!)["CSP.ini"]!;
        Assert.True(cspIni.ContainsSecret);
        Assert.Contains(new SecretValue(new StringValue(Plaintext)), ((InterpolationValue)cspIni).Parts);
    }

    [Fact]
    public void KnownSecret_AppearsInNoOutput()
    {
        var evaluation = Evaluate();
        var graph = evaluation.Build.Graph;
        var outputs = new Dictionary<string, string>
        {
            ["plan.json"] = PlanWriter.Write(evaluation),
            ["preview tree"] = PreviewTree.Render(graph),
            ["preview outputs"] = PreviewOutputs.Render(evaluation.Build.Outputs),
            ["mermaid"] = GraphDiagram.Mermaid(graph),
            ["registration plan"] = string.Join('\n', evaluation.Build.Registration().Steps.Select(s => s.ToString())),
            ["node text"] = string.Join('\n', graph.Nodes.SelectMany(n => n.Inputs.Entries.Values.Select(v => v.ToString()))),
        };
        foreach (var format in Enum.GetValues<ReportFormat>())
        {
            outputs[$"report {format}"] = PolicyReportRenderer.Render(format, evaluation.Report);
        }

        foreach (var artifact in evaluation.Build.Artifacts)
        {
            outputs[artifact.Path] = artifact.Content;
        }

        Assert.Contains("webgateway/CSP.ini", outputs.Keys);
        Assert.All(outputs, o => Assert.False(o.Value.Contains(Plaintext, StringComparison.Ordinal), $"{o.Key} holds the secret's plaintext."));
    }
}
