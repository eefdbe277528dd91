using System.Text.RegularExpressions;
using IrisStack.Cli.Output;
using IrisStack.Components.Graph;
using IrisStack.Tests.Shared;

namespace IrisStack.Cli.Tests;

/// <summary>The request-path part of <c>irisstack graph</c>, read back from the DOT and Mermaid text.</summary>
public sealed partial class GraphDiagramTests
{
    private const string Nodes = "the cluster's nodes";

    [Fact]
    public void DevStack_DrawsTheTierChainWithNoRedArrow()
    {
        var graph = RealStacks.Build("dev").Graph;

        var dot = DotArrows(GraphDiagram.Dot(graph));
        var mermaid = MermaidArrows(GraphDiagram.Mermaid(graph));

        Assert.Contains(dot, a => a.From == "iris-web-gateway/web-gateway" && a.To == "iris/iris-compute" && a.Label == "cluster-iris-iris-compute-ingress-from-web-gateway");
        Assert.DoesNotContain(dot, a => a.Red);
        Assert.Equal(dot.Select(a => (a.From, a.To, a.Label)), mermaid.Select(a => (a.From, a.To, a.Label)));
        Assert.DoesNotContain(mermaid, a => a.Red);
    }

    [Fact]
    public void DevStack_GroupsThePointsByStage()
    {
        var dot = GraphDiagram.Dot(RealStacks.Build("dev").Graph);

        var iris = Assert.Single(DotClusters().Matches(dot), m => m.Groups["title"].Value == "IRIS pods");
        Assert.Equal(["iris/arbiter", "iris/iris-compute", "iris/iris-data"], DotNodes().Matches(iris.Groups["body"].Value).Select(m => m.Groups["label"].Value));
    }

    [Fact]
    public void PlantedLoadBalancerServiceBesideIris_IsTheOnlyRedArrow()
    {
        var graph = Planted(LoadBalancerServiceBesideIris(RealStacks.Build("dev").Graph));

        var dot = DotArrows(GraphDiagram.Dot(graph));
        var mermaid = MermaidArrows(GraphDiagram.Mermaid(graph));

        var red = Assert.Single(dot, a => a.Red);
        Assert.Equal(("Internet", "iris/iris-data", "planted"), (red.From, red.To, red.Label));
        Assert.Contains("ClusterIP", red.Tooltip, StringComparison.Ordinal);
        var redLink = Assert.Single(mermaid, a => a.Red);
        Assert.Equal(("Internet", "iris/iris-data", "planted"), (redLink.From, redLink.To, redLink.Label));
    }

    [Fact]
    public void PlantedBypass_DotIsValidGraphvizWithTheRedArrowAndItsFix()
    {
        var (exitCode, svg, errors) = Graphviz.Svg(GraphDiagram.Dot(Planted(LoadBalancerServiceBesideIris(RealStacks.Build("dev").Graph))));

        Assert.True(exitCode == 0 && errors.Length == 0, errors);
        Assert.Contains("stroke=\"red\"", svg, StringComparison.Ordinal);
        Assert.Contains("make the Service ClusterIP", svg, StringComparison.Ordinal);
    }

    [Fact]
    public void PlantedWorldOpenNodeSecurityGroup_ColoursTheWayInAndEveryBypassFromTheNodes()
    {
        var dev = RealStacks.Build("dev").Graph;
        var group = new ResourceNode("aws:ec2/securityGroup:SecurityGroup", "open-nodes", NodeKind.Custom, null, MapValue.Of(("description", "nodes")), ResourceOptions.None);
        var rule = new ResourceNode("aws:vpc/securityGroupIngressRule:SecurityGroupIngressRule", "open-nodes-world", NodeKind.Custom, null, MapValue.Of(
            ("securityGroupId", new OutputReference("open-nodes", "id")), ("cidrIpv4", "0.0.0.0/0"), ("ipProtocol", "-1")), ResourceOptions.None);

        var dot = DotArrows(GraphDiagram.Dot(Planted(dev.Nodes.Append(group).Append(rule))));

        // Internet → nodes skips no stage itself; it is red as the way in to the bypasses after it.
        Assert.Contains(dot, a => a.Red && a.From == "Internet" && a.To == Nodes && a.Tooltip.Contains("0.0.0.0/0", StringComparison.Ordinal));
        Assert.Equal(
            ["iris-api-gateway/api-gateway", "iris-web-gateway/web-gateway", "iris/arbiter", "iris/iris-compute", "iris/iris-data"],
            dot.Where(a => a.Red && a.From == Nodes).Select(a => a.To).Order(StringComparer.Ordinal));
        Assert.Contains(dot, a => !a.Red && a.From == "iris-web-gateway/web-gateway" && a.To == "iris/iris-compute");
    }

    [Fact]
    public void PathPart_DoesNotDependOnTheOrderOfTheNodes()
    {
        var nodes = LoadBalancerServiceBesideIris(RealStacks.Build("dev").Graph).ToList();
        // Nodes nothing refers to can move last, in reverse order, and the graph still builds.
        var used = nodes.SelectMany(n => n.Inputs.NodeReferences().Concat(n.Options.DependsOn).Concat(new[] { n.Parent, n.Options.Provider }.OfType<string>())).ToHashSet();
        bool Leaf(ResourceNode n) => !used.Contains(n.Name);
        var reordered = nodes.Where(n => !Leaf(n)).Concat(nodes.Where(Leaf).Reverse()).ToList();

        static string PathLines(string text) => string.Join('\n', text.Split('\n').Where(l => l.Contains("path", StringComparison.Ordinal) || l.Contains("stage_", StringComparison.Ordinal)));

        Assert.NotEqual(nodes, reordered);
        Assert.Equal(PathLines(GraphDiagram.Dot(Planted(nodes))), PathLines(GraphDiagram.Dot(Planted(reordered))));
        Assert.Equal(PathLines(GraphDiagram.Mermaid(Planted(nodes))), PathLines(GraphDiagram.Mermaid(Planted(reordered))));
    }

    private static IEnumerable<ResourceNode> LoadBalancerServiceBesideIris(ResourceGraph graph)
    {
        var iris = graph.OfType("kubernetes:intersystems.com/v1alpha1:IrisCluster").Single();
        var planted = new ResourceNode("kubernetes:core/v1:Service", "planted", NodeKind.Custom, null, MapValue.Of(
            ("apiVersion", "v1"), ("kind", "Service"),
            ("metadata", MapValue.Of(("name", "iris-public"), ("namespace", iris.Input("metadata.namespace")))),
            ("spec", MapValue.Of(("type", "LoadBalancer"), ("selector", MapValue.Of(("intersystems.com/kind", "IrisCluster"), ("intersystems.com/component", "data")))))), ResourceOptions.None);
        return graph.Nodes.Append(planted);
    }

    private static ResourceGraph Planted(IEnumerable<ResourceNode> nodes)
    {
        var graph = new GraphBuilder("iris-stack", "dev");
        foreach (var node in nodes)
        {
            graph.Add(node);
        }

        return graph.Build();
    }

    private sealed record DrawnArrow(string From, string To, string Label, bool Red, string Tooltip);

    private static List<DrawnArrow> DotArrows(string dot)
    {
        var labels = DotNodes().Matches(dot).ToDictionary(m => m.Groups["id"].Value, m => m.Groups["label"].Value);
        return [.. DotEdges().Matches(dot).Select(m =>
        {
            var attributes = DotAttributes().Matches(m.Groups["attributes"].Value).ToDictionary(a => a.Groups["key"].Value, a => a.Groups["value"].Value.Trim('"'));
            var red = attributes.GetValueOrDefault("color") == "red";
            Assert.Equal(red, attributes.GetValueOrDefault("penwidth") == "2");
            return new DrawnArrow(labels[m.Groups["from"].Value], labels[m.Groups["to"].Value], attributes["label"], red, attributes.GetValueOrDefault("tooltip", ""));
        })];
    }

    private static List<DrawnArrow> MermaidArrows(string mermaid)
    {
        var labels = MermaidNodes().Matches(mermaid).ToDictionary(m => m.Groups["id"].Value, m => m.Groups["label"].Value);
        labels["internet"] = "Internet";
        var red = MermaidLinkStyles().Matches(mermaid).Select(m => int.Parse(m.Groups["index"].Value, System.Globalization.CultureInfo.InvariantCulture)).ToHashSet();
        return [.. MermaidLinks().Matches(mermaid).Select((m, i) => new DrawnArrow(labels[m.Groups["from"].Value], labels[m.Groups["to"].Value], m.Groups["label"].Value, red.Contains(i), ""))];
    }

    [GeneratedRegex("""^\s*(?<id>\w+) \[label="(?<label>[^"]*)"[,\]]""", RegexOptions.Multiline)]
    private static partial Regex DotNodes();

    [GeneratedRegex("""^\s*(?<from>\w+) -> (?<to>\w+) \[(?<attributes>.*)\];$""", RegexOptions.Multiline)]
    private static partial Regex DotEdges();

    [GeneratedRegex("""(?<key>\w+)=(?<value>"(?:[^"\\]|\\.)*"|\w+)""")]
    private static partial Regex DotAttributes();

    [GeneratedRegex("""subgraph cluster_stage_\w+ \{\s*label="(?<title>[^"]*)";(?<body>[^}]*)\}""")]
    private static partial Regex DotClusters();

    [GeneratedRegex("""^\s*(?<id>path\d+)\["(?<label>[^"]*)"\]$""", RegexOptions.Multiline)]
    private static partial Regex MermaidNodes();

    [GeneratedRegex("""^\s*(?<from>\w+) -->\|"(?<label>[^"]*)"\| (?<to>\w+)$""", RegexOptions.Multiline)]
    private static partial Regex MermaidLinks();

    [GeneratedRegex("""^\s*linkStyle (?<index>\d+) stroke:red""", RegexOptions.Multiline)]
    private static partial Regex MermaidLinkStyles();
}
