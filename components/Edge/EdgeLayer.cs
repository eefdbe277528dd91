using IrisStack.Components.Aws;
using IrisStack.Components.Edge.Alb;
using IrisStack.Components.Edge.CloudFront;
using IrisStack.Components.Edge.Waf;
using IrisStack.Components.Graph;

namespace IrisStack.Components.Edge;

/// <summary>
/// The edge layer (<c>iris:edge:Edge</c>): an aws provider for us-east-1 and, through it, the WAF
/// web ACL CloudFront attaches, with its IP sets, URI allow-list, managed rule groups, rate and geo
/// rules and CMK-encrypted logging. CloudFront and the ALB are still to come.
/// </summary>
public static class EdgeLayer
{
    /// <summary>Adds the edge layer to the graph, as the component <paramref name="scope"/> names.</summary>
    /// <param name="graph">The graph to add to.</param>
    /// <param name="scope">The component's name and parent.</param>
    /// <param name="context">The stack's account and tags (its region is not the edge's: the edge lives in us-east-1).</param>
    /// <param name="config">The edge settings.</param>
    /// <param name="allowedPaths">The paths the Web Gateway forwards, the one source of both URI allow-lists.</param>
    /// <param name="origin">Where the ALB goes and what it forwards to; required when the config sets the ALB and CloudFront.</param>
    public static EdgeOutputs Build(GraphBuilder graph, ComponentScope scope, StackContext context, EdgeConfig config, IReadOnlyList<string> allowedPaths, EdgeOrigin? origin = null)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(config);
        var component = graph.Component(TypeTokens.Edge, scope);

        // An explicit provider, not the stack's default one: CLOUDFRONT-scoped WAF resources exist
        // only in us-east-1, whatever region the stack deploys to. It refuses any other account.
        var provider = graph.Provider("aws", scope.Child(WafLimits.CloudFrontRegion), MapValue.Of(
            ("region", WafLimits.CloudFrontRegion),
            ("allowedAccountIds", ListValue.Of(context.AccountId)),
            ("skipCredentialsValidation", false),
            ("skipRegionValidation", true)), component.Name);

        var waf = EdgeWaf.Add(graph, scope, context, config.Waf, allowedPaths, component.Name, provider.Name);
        if (config is not { CloudFront: { } cloudFront, Alb: { } albConfig })
        {
            return new EdgeOutputs(waf.WebAcl.Arn, provider.Name, waf.LogGroup);
        }

        if (origin is null)
        {
            throw new ArgumentException("The edge's ALB needs the network it stands in and the API gateway it forwards to.", nameof(origin));
        }

        var alb = EdgeAlb.Add(graph, scope, context, albConfig, origin.Network, origin.Cluster, origin.Target, component.Name);
        var distribution = EdgeCloudFront.Add(graph, scope, context, cloudFront, waf.WebAcl.Arn, new CloudFrontOrigin(alb.DnsName, alb.VpcOriginId), component.Name, provider.Name);
        return new EdgeOutputs(waf.WebAcl.Arn, provider.Name, waf.LogGroup) { DistributionDomainName = distribution.Distribution.Output("domainName") };
    }
}
