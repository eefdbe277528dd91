using IrisStack.Components.Edge;
using IrisStack.Components.Graph;
using IrisStack.Pulumi.Registration;
using IrisStack.Stack.Components;
using Pulumi;
using TypeTokens = IrisStack.Components.Graph.TypeTokens;

namespace IrisStack.Pulumi;

/// <summary>
/// The edge layer (<c>iris:edge:Edge</c>): through an aws provider of its own for us-east-1, the
/// CLOUDFRONT-scoped WAF web ACL (IP block list, geo rule, rate limit, the URI allow-list built from
/// <see cref="EdgeArgs.AllowedPaths"/>, the AWS managed groups and SQLi/XSS matches) and its logging
/// to a CMK-encrypted log group with the credentials headers redacted. In the stack program it also
/// holds the CloudFront distribution and the internal ALB behind its VPC origin; as a component of
/// your own it is the WAF alone so far (its args take no network or cluster yet).
/// </summary>
public sealed class Edge : LayerComponent<EdgeOutputs>
{
    /// <summary>The component's type token, part of every child's URN: never renamed without an alias.</summary>
    public const string TypeToken = TypeTokens.Edge;

    /// <summary>Creates the edge; invalid or insecure args fail here with every problem and its fix, and nothing is registered.</summary>
    public Edge(string name, EdgeArgs args, ComponentResourceOptions? options = null)
        : this(name, FromArgs(name, args, EdgeComponent.Resolve, EdgeComponent.Build), options, warn: true)
    {
    }

    /// <summary>
    /// The stack program's edge, its ALB in <paramref name="network"/>'s private subnets and bound to the
    /// API gateway in <paramref name="cluster"/>, from the build the whole stack was checked with.
    /// </summary>
    internal Edge(string name, ComponentBuild<EdgeOutputs> build, Network network, Cluster cluster, ComponentResourceOptions? options = null)
        : this(name, (build, network.Registered.Bind(network.Layer.Bindings(EdgeComponent.NetworkPrefix), new Dictionary<string, string>())
            .With(cluster.Registered.Bind(new Dictionary<string, Value>(), cluster.Layer.ResourceBindings(EdgeComponent.ClusterPrefix)))), options, warn: false)
    {
    }

    private Edge(string name, (ComponentBuild<EdgeOutputs> Build, ComponentBindings Bindings) prepared, ComponentResourceOptions? options, bool warn)
        : base(TypeToken, name, prepared, options, warn)
    {
        WebAclArn = Registered.String("webAclArn");
        RegisterOutputs(new Dictionary<string, object?> { ["webAclArn"] = WebAclArn });
    }

    /// <summary>The WAF web ACL's ARN, the <c>webAclId</c> a CloudFront distribution attaches.</summary>
    [Output("webAclArn")]
    public Output<string> WebAclArn { get; private set; }
}
