using System.Collections.Immutable;
using IrisStack.Components.Aws;
using IrisStack.Components.Edge;
using IrisStack.Components.Edge.CloudFront;
using IrisStack.Components.Edge.Waf;
using IrisStack.Components.Graph;
using IrisStack.Components.WebGateway;

namespace IrisStack.Policies.Tests.Rules.Edge;

/// <summary>The edge layer's own CloudFront nodes (with a static S3 origin) as the compliant fixtures, and a VPC origin as the ALB's colleague builds it.</summary>
internal static class CloudFrontFixture
{
    public const string DistributionType = "aws:cloudfront/distribution:Distribution";
    public const string VpcOriginType = "aws:cloudfront/vpcOrigin:VpcOrigin";

    public static CloudFrontConfig Config { get; } = new(
        ["iris.example.com"],
        "arn:aws:acm:us-east-1:123456789012:certificate/0f1e2d3c-4b5a-6978-8a9b-0c1d2e3f4a5b",
        [.. CloudFrontPaths.DefaultStaticPaths],
        ["/api/app/*"],
        "PriceClass_100",
        new StaticOriginConfig(["/app/static/*"]),
        365,
        CloudFrontSecurityPolicies.Default,
        CloudFrontConfig.MinimumHstsMaxAgeSeconds,
        HstsPreload: false,
        FrameOption.SameOrigin);

    public static ResourceGraph Graph(CloudFrontConfig? config = null)
    {
        var graph = new GraphBuilder("iris-stack", "test");
        var context = new StackContext("iris-stack", "test", "eu-west-1", "123456789012", ImmutableSortedDictionary.Create<string, string>(StringComparer.Ordinal));
        var scope = new ComponentScope("edge");
        var edge = EdgeLayer.Build(graph, scope, context, new EdgeConfig(WafConfig.Default), WebGatewayDefaults.AllowedPaths);
        EdgeCloudFront.Add(graph, scope, context, config ?? Config, edge.WebAclArn, new CloudFrontOrigin(new ExternalInput("albDnsName"), new ExternalInput("vpcOriginId")), "edge", edge.UsEast1Provider);
        return graph.Build();
    }

    public static ResourceNode Distribution(CloudFrontConfig? config = null) => Graph(config).OfType(DistributionType).Single();

    /// <summary>A VPC origin for an internal ALB, HTTPS with TLS 1.2 only.</summary>
    public static ResourceNode VpcOrigin() => new(VpcOriginType, "edge-alb-origin", NodeKind.Custom, "edge", MapValue.Of(
        ("vpcOriginEndpointConfig", MapValue.Of(
            ("arn", new OutputReference("edge-alb", "arn")),
            ("name", "iris-stack-test-alb"),
            ("httpPort", 80),
            ("httpsPort", 443),
            ("originProtocolPolicy", "https-only"),
            ("originSslProtocols", MapValue.Of(("items", ListValue.Of("TLSv1.2")), ("quantity", 1)))))),
        ResourceOptions.None);

    /// <summary>The graph with <paramref name="node"/> replaced by <paramref name="replacement"/>, or removed when null.</summary>
    public static ResourceGraph Replace(this ResourceGraph graph, string node, ResourceNode? replacement)
    {
        var builder = new GraphBuilder(graph.Project, graph.Stack);
        foreach (var n in graph.Nodes)
        {
            if (n.Name != node)
            {
                builder.Add(n);
            }
            else if (replacement is not null)
            {
                builder.Add(replacement);
            }
        }

        return builder.Build();
    }

    /// <summary>The node with an ordered behaviour's input set (null removes it).</summary>
    public static ResourceNode WithOrderedBehaviour(this ResourceNode distribution, int index, string key, Value? value)
    {
        var behaviours = ((ListValue)distribution.Input("orderedCacheBehaviors")!).Items.Cast<MapValue>().ToList();
        behaviours[index] = value is null ? new MapValue(behaviours[index].Entries.Remove(key)) : behaviours[index].With(key, value);
        return distribution.With("orderedCacheBehaviors", ListValue.Of(behaviours.Select(b => (Value)b)));
    }

    /// <summary>The node with the origin of that id's input set (null removes it).</summary>
    public static ResourceNode WithOrigin(this ResourceNode distribution, string originId, string key, Value? value) =>
        distribution.With("origins", ListValue.Of(((ListValue)distribution.Input("origins")!).Items.Cast<MapValue>()
            .Select(o => (Value)(o["originId"] != new StringValue(originId) ? o : value is null ? new MapValue(o.Entries.Remove(key)) : o.With(key, value)))));

    public static int IndexOfOrigin(this ResourceNode distribution, string originId) =>
        ((ListValue)distribution.Input("origins")!).Items.Cast<MapValue>().Select((o, i) => (o, i)).Single(p => p.o["originId"] == new StringValue(originId)).i;
}
