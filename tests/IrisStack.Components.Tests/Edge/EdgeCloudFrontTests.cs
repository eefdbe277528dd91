using System.Collections.Immutable;
using System.Text.Json.Nodes;
using IrisStack.Components.Aws;
using IrisStack.Components.Config;
using IrisStack.Components.Edge;
using IrisStack.Components.Edge.CloudFront;
using IrisStack.Components.Edge.Waf;
using IrisStack.Components.Graph;
using IrisStack.Components.Tests.Schema;
using IrisStack.Components.WebGateway;
using IrisStack.Policies;
using static IrisStack.Components.Tests.Edge.EdgeSections;

namespace IrisStack.Components.Tests.Edge;

public sealed class EdgeCloudFrontTests
{
    private const string Distribution = "aws:cloudfront/distribution:Distribution";

    private static readonly StackContext Context = new("iris-stack", "test", "eu-west-1", "123456789012", ImmutableSortedDictionary.Create<string, string>(StringComparer.Ordinal));

    private static readonly CloudFrontOrigin Origin = new(new ExternalInput("albDnsName"), new ExternalInput("vpcOriginId"));

    /// <summary>As dev would set it: one alias, the defaults.</summary>
    private static CloudFrontConfig DevLike => ReadCloudFront(new JsonObject
    {
        ["aliases"] = new JsonArray("dev.iris.example.com"),
        ["certificateArn"] = CloudFrontConfigTests.CertificateArn,
        ["logRetentionDays"] = "90",
    });

    /// <summary>As prod would set it: a static origin, TLS 1.3, HSTS preload, no framing.</summary>
    private static CloudFrontConfig ProdLike => ReadCloudFront(new JsonObject
    {
        ["aliases"] = new JsonArray("prod.iris.example.com"),
        ["certificateArn"] = CloudFrontConfigTests.CertificateArn,
        ["staticOrigin"] = new JsonObject { ["paths"] = new JsonArray("/app/static/*") },
        ["minimumProtocolVersion"] = "TLSv1.3_2025",
        ["hstsPreload"] = "true",
        ["frameOptions"] = "deny",
        ["priceClass"] = "PriceClass_All",
        ["logRetentionDays"] = "400",
    });

    private static (ResourceGraph Graph, EdgeOutputs Edge, CloudFrontOutputs CloudFront) Build(CloudFrontConfig config, StackContext? context = null)
    {
        var graph = new GraphBuilder("iris-stack", "test");
        var scope = new ComponentScope("edge");
        var edge = EdgeLayer.Build(graph, scope, context ?? Context, new EdgeConfig(WafConfig.Default), WebGatewayDefaults.AllowedPaths);
        var cloudFront = EdgeCloudFront.Add(graph, scope, context ?? Context, config, edge.WebAclArn, Origin, "edge", edge.UsEast1Provider);
        return (graph.Build(), edge, cloudFront);
    }

    private static ResourceNode TheDistribution(ResourceGraph graph) => Assert.Single(graph.OfType(Distribution));

    private static List<MapValue> Behaviours(ResourceNode distribution) =>
        [(MapValue)distribution.Input("defaultCacheBehavior")!, .. ((ListValue)distribution.Input("orderedCacheBehaviors")!).Items.Cast<MapValue>()];

    private static string Text(Value? value) => ValueText.Display(value) ?? string.Empty;

    [Fact]
    public void Distribution_ServesTheAliases_WithTheirCertificate_SniAndTls12OrNewer()
    {
        var distribution = TheDistribution(Build(DevLike).Graph);
        Assert.Equal(ListValue.Of("dev.iris.example.com"), distribution.Input("aliases"));
        Assert.Equal(
            MapValue.Of(("acmCertificateArn", CloudFrontConfigTests.CertificateArn), ("sslSupportMethod", "sni-only"), ("minimumProtocolVersion", "TLSv1.2_2021")),
            distribution.Input("viewerCertificate"));
        Assert.Equal(new StringValue("TLSv1.3_2025"), TheDistribution(Build(ProdLike).Graph).Input("viewerCertificate.minimumProtocolVersion"));
        Assert.Equal((new BoolValue(true), new BoolValue(true), new StringValue("http2and3"), new StringValue("PriceClass_100")),
            (distribution.Input("enabled"), distribution.Input("isIpv6Enabled"), distribution.Input("httpVersion"), distribution.Input("priceClass")));
    }

    [Fact]
    public void Distribution_AttachesTheWaf_AndGoesThroughTheUsEast1Provider()
    {
        var (graph, edge, _) = Build(ProdLike);
        Assert.Equal(edge.WebAclArn, TheDistribution(graph).Input("webAclId"));
        Assert.All(graph.Nodes.Where(n => n.Kind == NodeKind.Custom), n => Assert.Equal(("edge", edge.UsEast1Provider), (n.Parent, n.Options.Provider)));
    }

    [Fact]
    public void App_IsReachedThroughItsVpcOrigin()
    {
        var origin = (MapValue)Assert.Single(((ListValue)TheDistribution(Build(DevLike).Graph).Input("origins")!).Items);
        Assert.Equal(new ExternalInput("albDnsName"), origin["domainName"]);
        Assert.Equal(MapValue.Of(("vpcOriginId", new ExternalInput("vpcOriginId")), ("originKeepaliveTimeout", 5), ("originReadTimeout", 30)), origin["vpcOriginConfig"]);
        Assert.Null(origin["customOriginConfig"]);
    }

    [Fact]
    public void Behaviours_RedirectToHttps_AndSetTheSecurityHeaders_Everywhere()
    {
        var distribution = TheDistribution(Build(ProdLike).Graph);
        Assert.All(Behaviours(distribution), b => Assert.Equal(
            (new StringValue("redirect-to-https"), (Value)new OutputReference("edge-cdn-security-headers", "id")),
            (b["viewerProtocolPolicy"], b["responseHeadersPolicyId"])));
    }

    [Fact]
    public void Behaviours_StaticCached_ApiWithCredentialsInTheKey_EverythingElseNotCached()
    {
        var behaviours = Behaviours(TheDistribution(Build(ProdLike).Graph));
        var byPath = behaviours.Skip(1).ToDictionary(b => ((StringValue)b["pathPattern"]!).Value);
        Assert.Equal(["/app/static/*", "/csp/broker/*.js", "/api/app/*"], byPath.Keys);
        Assert.Equal((new StringValue("static"), new StringValue(CloudFrontManagedPolicies.CachingOptimized)), (byPath["/app/static/*"]["targetOriginId"], byPath["/app/static/*"]["cachePolicyId"]));
        Assert.Equal((new StringValue("app"), new StringValue(CloudFrontManagedPolicies.CachingOptimized), null), (byPath["/csp/broker/*.js"]["targetOriginId"], byPath["/csp/broker/*.js"]["cachePolicyId"], byPath["/csp/broker/*.js"]["originRequestPolicyId"]));
        Assert.Equal(ListValue.Of("GET", "HEAD"), byPath["/csp/broker/*.js"]["allowedMethods"]);
        Assert.Equal((new OutputReference("edge-cdn-api-cache", "id"), new OutputReference("edge-cdn-api-requests", "id")), (byPath["/api/app/*"]["cachePolicyId"], byPath["/api/app/*"]["originRequestPolicyId"]));
        var fallback = behaviours[0];
        Assert.Null(fallback["pathPattern"]);
        Assert.Equal((new StringValue(CloudFrontManagedPolicies.CachingDisabled), (Value)new OutputReference("edge-cdn-dynamic-requests", "id")), (fallback["cachePolicyId"], fallback["originRequestPolicyId"]));
        Assert.Contains(new StringValue("POST"), ((ListValue)fallback["allowedMethods"]!).Items);
    }

    [Fact]
    public void OnlyApiPaths_ForwardAuthorizationAndQueryStrings_EveryDynamicPathTheViewerAddress()
    {
        var graph = Build(DevLike).Graph;
        var api = graph["edge-cdn-api-cache"];
        Assert.Equal(ListValue.Of("Authorization"), api.Input("parametersInCacheKeyAndForwardedToOrigin.headersConfig.headers.items"));
        Assert.Equal(new StringValue("all"), api.Input("parametersInCacheKeyAndForwardedToOrigin.queryStringsConfig.queryStringBehavior"));
        Assert.Equal((new NumberValue(0), new NumberValue(1)), (api.Input("defaultTtl"), api.Input("maxTtl")));
        var dynamicRequests = graph["edge-cdn-dynamic-requests"];
        Assert.Equal((new StringValue("all"), new StringValue("none")), (dynamicRequests.Input("cookiesConfig.cookieBehavior"), dynamicRequests.Input("queryStringsConfig.queryStringBehavior")));
        Assert.All(graph.OfType("aws:cloudfront/originRequestPolicy:OriginRequestPolicy"), p =>
            Assert.Equal(ListValue.Of("CloudFront-Viewer-Address"), p.Input("headersConfig.headers.items")));
    }

    [Fact]
    public void SecurityHeaders_HstsAYearOrMore_WithSubdomains_Nosniff_Frames_Referrer()
    {
        var dev = Build(DevLike).Graph["edge-cdn-security-headers"];
        Assert.Equal(MapValue.Of(("accessControlMaxAgeSec", 63_072_000), ("includeSubdomains", true), ("preload", false), ("override", true)), dev.Input("securityHeadersConfig.strictTransportSecurity"));
        Assert.Equal(new StringValue("SAMEORIGIN"), dev.Input("securityHeadersConfig.frameOptions.frameOption"));
        Assert.Equal(new StringValue("strict-origin-when-cross-origin"), dev.Input("securityHeadersConfig.referrerPolicy.referrerPolicy"));
        Assert.Equal(new BoolValue(true), dev.Input("securityHeadersConfig.contentTypeOptions.override"));
        var prod = Build(ProdLike).Graph["edge-cdn-security-headers"];
        Assert.Equal((new BoolValue(true), new StringValue("DENY")), (prod.Input("securityHeadersConfig.strictTransportSecurity.preload"), prod.Input("securityHeadersConfig.frameOptions.frameOption")));
    }

    [Fact]
    public void AccessLogs_StandardLoggingV2_ToACmkBucket_WithoutCookies()
    {
        var (graph, _, cloudFront) = Build(DevLike);
        var source = Assert.Single(graph.OfType("aws:cloudwatch/logDeliverySource:LogDeliverySource"));
        Assert.Equal((new StringValue("ACCESS_LOGS"), (Value)new OutputReference("edge-cdn", "arn")), (source.Input("logType"), source.Input("resourceArn")));
        var destination = Assert.Single(graph.OfType("aws:cloudwatch/logDeliveryDestination:LogDeliveryDestination"));
        Assert.Equal(cloudFront.LogBucket.Arn, destination.Input("deliveryDestinationConfiguration.destinationResourceArn"));
        var delivery = Assert.Single(graph.OfType("aws:cloudwatch/logDelivery:LogDelivery"));
        Assert.Equal((new OutputReference(source.Name, "name"), new OutputReference(destination.Name, "arn")), (delivery.Input("deliverySourceName"), delivery.Input("deliveryDestinationArn")));
        Assert.DoesNotContain(new StringValue("cs(Cookie)"), ((ListValue)delivery.Input("recordFields")!).Items);
        Assert.Null(TheDistribution(graph).Input("loggingConfig"));

        var encryption = graph["edge-cdn-logs-encryption"];
        Assert.Equal(new OutputReference("edge-cdn-logs-key", "arn"), ((MapValue)((ListValue)encryption.Input("rules")!).Items[0])["applyServerSideEncryptionByDefault"] is MapValue d ? d["kmsMasterKeyId"] : null);
        Assert.Contains("delivery.logs.amazonaws.com", Text(graph["edge-cdn-logs-key"].Input("policy")), StringComparison.Ordinal);
        Assert.Contains("arn:aws:logs:us-east-1:123456789012:delivery-source:*", Text(graph["edge-cdn-logs-policy"].Input("policy")), StringComparison.Ordinal);
        var expiry = ((ListValue)graph["edge-cdn-logs-lifecycle"].Input("rules")!).Items.Cast<MapValue>().Single(r => r["id"] == new StringValue("expire-objects"));
        Assert.Equal(new NumberValue(90), expiry["expiration"] is MapValue e ? e["days"] : null);
    }

    [Fact]
    public void StaticOrigin_PrivateBucket_ReadThroughOac_OnlyByThisDistribution()
    {
        var (graph, _, cloudFront) = Build(ProdLike);
        var oac = Assert.Single(graph.OfType("aws:cloudfront/originAccessControl:OriginAccessControl"));
        Assert.Equal((new StringValue("s3"), new StringValue("always"), new StringValue("sigv4")),
            (oac.Input("originAccessControlOriginType"), oac.Input("signingBehavior"), oac.Input("signingProtocol")));
        var origin = ((ListValue)TheDistribution(graph).Input("origins")!).Items.Cast<MapValue>().Single(o => o["originId"] == new StringValue("static"));
        Assert.Equal((cloudFront.StaticBucket!.Output("bucketRegionalDomainName"), new OutputReference(oac.Name, "id")), (origin["domainName"], origin["originAccessControlId"]));
        Assert.Null(origin["s3OriginConfig"]);
        var policy = Text(graph["edge-static-policy"].Input("policy"));
        Assert.Contains("cloudfront.amazonaws.com", policy, StringComparison.Ordinal);
        Assert.Contains("\"AWS:SourceArn\":\"${edge-cdn.arn}\"", policy, StringComparison.Ordinal);
        Assert.Equal(new BoolValue(true), graph["edge-static-public-access"].Input("restrictPublicBuckets"));
        Assert.Empty(Build(DevLike).Graph.OfType("aws:cloudfront/originAccessControl:OriginAccessControl"));
    }

    [Fact]
    public void Buckets_AreProtected_WhenTheStackProtectsStatefulResources()
    {
        var graph = Build(ProdLike, Context with { ProtectStatefulResources = true }).Graph;
        Assert.Equal(3, graph.OfType("aws:s3/bucket:Bucket").Count());
        Assert.All(graph.OfType("aws:s3/bucket:Bucket"), b => Assert.True(b.Options.Protect));
    }

    [Fact]
    public void EveryNode_ConformsToTheSchemaFacts()
    {
        var facts = SchemaFacts.Load(SchemaFacts.DefaultPath);
        foreach (var config in new[] { DevLike, ProdLike })
        {
            var graph = Build(config).Graph;
            var violations = graph.Nodes.SelectMany(n => SchemaConformance.Check(n, facts, graph.Find)).ToList();
            Assert.True(violations.Count == 0, string.Join(Environment.NewLine, violations));
        }
    }

    [Fact]
    public void TheGraph_PassesEveryPolicyOfThePack_TheCloudFrontOnesIncluded()
    {
        foreach (var config in new[] { DevLike, ProdLike })
        {
            var report = PolicyRunner.Run(PolicyPack.Default(), Build(config).Graph, PolicySettings.Read(ConfigReader.EmptySection("policies")));
            var failed = report.Results.Where(r => r.Status is not (PolicyStatus.Passed or PolicyStatus.NotApplicable)).ToList();
            Assert.True(failed.Count == 0, string.Join(Environment.NewLine, failed.Select(f => $"{f.Policy.Id}: {string.Join("; ", f.Violations.Select(x => x.ToString()))}")));
            Assert.Contains(report.Results, r => r.Policy.Id.StartsWith("cloudfront-", StringComparison.Ordinal) && r.Status == PolicyStatus.Passed);
        }
    }
}
