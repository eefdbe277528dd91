using IrisStack.Components.Graph;

namespace IrisStack.Policies.Tests.Rules.Stack;

/// <summary>
/// The smallest stack whose request path is whole: a WAF on a CloudFront distribution whose VPC
/// origin is an internal ALB, bound to Kong's Service; NetworkPolicies admitting Kong from the
/// ALB's subnet, the Web Gateway from Kong and IRIS compute from the Web Gateway. Each test adds or
/// changes one resource.
/// </summary>
internal static class RequestPathFixture
{
    public const string Api = "iris-api-gateway";
    public const string Web = "iris-web-gateway";
    public const string Iris = "iris";

    public static List<ResourceNode> Chain() =>
    [
        Aws("aws:ec2/securityGroup:SecurityGroup", "edge-alb-sg"),
        Aws("aws:lb/loadBalancer:LoadBalancer", "edge-alb", ("internal", true), ("securityGroups", ListValue.Of(new OutputReference("edge-alb-sg", "id")))),
        Aws("aws:cloudfront/vpcOrigin:VpcOrigin", "edge-origin", ("vpcOriginEndpointConfig", MapValue.Of(("arn", new OutputReference("edge-alb", "arn"))))),
        Aws("aws:wafv2/webAcl:WebAcl", "edge-waf", ("scope", "CLOUDFRONT")),
        Aws("aws:cloudfront/distribution:Distribution", "edge-cdn",
            ("webAclId", new OutputReference("edge-waf", "arn")),
            ("origins", ListValue.Of(MapValue.Of(("originId", "alb"), ("vpcOriginConfig", MapValue.Of(("vpcOriginId", new OutputReference("edge-origin", "id")))))))),
        Aws("aws:lb/targetGroup:TargetGroup", "edge-tg"),
        Aws("aws:lb/listener:Listener", "edge-https", ("loadBalancerArn", new OutputReference("edge-alb", "arn")),
            ("defaultActions", ListValue.Of(MapValue.Of(("type", "forward"), ("targetGroupArn", new OutputReference("edge-tg", "arn")))))),
        Kube("elbv2.k8s.aws/v1beta1", "TargetGroupBinding", "edge-binding", Api,
            ("spec", MapValue.Of(("targetGroupARN", new OutputReference("edge-tg", "arn")), ("serviceRef", MapValue.Of(("name", "kong-proxy"), ("port", 8443)))))),
        Kube("v1", "Service", "kong-proxy", Api, ("spec", MapValue.Of(("type", "ClusterIP"), ("selector", Tier("api-gateway"))))),
        Kube("apps/v1", "Deployment", "kong", Api, ("spec", MapValue.Of(("template", MapValue.Of(("metadata", MapValue.Of(("labels", Tier("api-gateway"))))))))),
        Kube("apps/v1", "Deployment", "webgateway", Web, ("spec", MapValue.Of(("template", MapValue.Of(("metadata", MapValue.Of(("labels", Tier("web-gateway"))))))))),
        Kube("intersystems.com/v1alpha1", "IrisCluster", "iris", Iris),
        Admit("admit-kong", Api, Tier("api-gateway"), MapValue.Of(("ipBlock", MapValue.Of(("cidr", "10.0.1.0/24"))))),
        Admit("admit-webgateway", Web, Tier("web-gateway"), FromTier(Api, "api-gateway")),
        Admit("admit-iris-compute", Iris, Iko("compute"), FromTier(Web, "web-gateway")),
        Admit("admit-iris-data", Iris, Iko("data"), MapValue.Of(("podSelector", MapValue.Of(("matchLabels", Iko("compute")))))),
    ];

    public static ResourceGraph Graph(IEnumerable<ResourceNode> nodes)
    {
        var graph = new GraphBuilder("iris-stack", "test");
        foreach (var node in nodes)
        {
            graph.Add(node);
        }

        return graph.Build();
    }

    public static ResourceGraph Graph(params ResourceNode[] extra) => Graph(Chain().Concat(extra));

    /// <summary>The chain with one node replaced by an edited copy.</summary>
    public static ResourceGraph Edited(string name, Func<ResourceNode, ResourceNode> edit) =>
        Graph(Chain().Select(n => n.Name == name ? edit(n) : n));

    public static ResourceNode Aws(string type, string name, params (string Key, Value? Value)[] inputs) =>
        new(type, name, NodeKind.Custom, null, MapValue.Of(inputs), ResourceOptions.None);

    public static ResourceNode Kube(string apiVersion, string kind, string name, string ns, params (string Key, Value? Value)[] inputs) =>
        new($"kubernetes:{(apiVersion.Contains('/', StringComparison.Ordinal) ? apiVersion : "core/" + apiVersion)}:{kind}", name, NodeKind.Custom, null,
            MapValue.Of([("apiVersion", apiVersion), ("kind", kind), ("metadata", MapValue.Of(("name", name), ("namespace", ns))), .. inputs]), ResourceOptions.None);

    /// <summary>A NetworkPolicy admitting the selected pods from one peer.</summary>
    public static ResourceNode Admit(string name, string ns, MapValue pods, MapValue peer) =>
        Kube("networking.k8s.io/v1", "NetworkPolicy", name, ns, ("spec", MapValue.Of(
            ("podSelector", MapValue.Of(("matchLabels", pods))),
            ("policyTypes", ListValue.Of("Ingress")),
            ("ingress", ListValue.Of(MapValue.Of(("from", ListValue.Of(peer))))))));

    public static MapValue FromTier(string ns, string tier) => MapValue.Of(
        ("namespaceSelector", MapValue.Of(("matchLabels", MapValue.Of(("kubernetes.io/metadata.name", ns))))),
        ("podSelector", MapValue.Of(("matchLabels", Tier(tier)))));

    public static MapValue Tier(string tier) => MapValue.Of(("iris-stack/tier", tier));

    public static MapValue Iko(string component) => MapValue.Of(("intersystems.com/kind", "IrisCluster"), ("intersystems.com/component", component));
}
