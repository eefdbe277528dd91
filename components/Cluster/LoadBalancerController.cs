using System.Collections.Immutable;
using IrisStack.Components.Graph;
using IrisStack.Components.Network;

namespace IrisStack.Components.Cluster;

/// <summary>
/// The AWS Load Balancer Controller as a Helm release (a third-party controller; our own workloads
/// are plain objects), with its IRSA role and published IAM policy. Its values narrow the
/// controller's insecure defaults, within limits: the chart's IngressClassParams fix the TLS policy,
/// scheme, inbound CIDRs and public subnets, overriding annotations, but only for Ingresses whose
/// <c>ingressClassName</c> is <c>alb</c>; <c>disableIngressClassAnnotation</c> makes the controller's
/// webhook refuse new Ingresses that pick the controller through the legacy
/// <c>kubernetes.io/ingress.class</c> annotation, which would bypass the params; <c>defaultSSLPolicy</c>
/// applies only to listeners whose Ingress or Service annotations name no TLS policy. Region and VPC
/// are given because the hop limit of 1 keeps the pod away from the instance metadata service.
/// </summary>
internal static class LoadBalancerController
{
    public const string ServiceAccount = "aws-load-balancer-controller";
    public const string Namespace = "kube-system";
    public const string Chart = "aws-load-balancer-controller";
    public const string Repository = "https://aws.github.io/eks-charts";

    public static NodeRef Add(ClusterScope scope, NodeRef provider, NetworkOutputs network, OutputReference oidcArn, OutputReference oidcIssuer, ImmutableArray<string> dependsOn)
    {
        var spec = scope.Config.LoadBalancerController;
        var policy = scope.Add("aws:iam/policy:Policy", "lbc-policy", MapValue.Of(
            ("description", "The AWS Load Balancer Controller's published IAM policy"),
            ("policy", LoadBalancerControllerPolicy.Document(scope.Context.Partition)),
            ("tags", scope.Context.TagsFor(scope.Name("lbc-policy")))));
        var role = IrsaRoles.Add(scope.Graph, scope.Context, scope.Component.Name, scope.Name("lbc-role"),
            $"Lets the AWS Load Balancer Controller ({Namespace}/{ServiceAccount}) manage load balancers", oidcArn, oidcIssuer,
            Namespace, ServiceAccount, [policy.Arn]);
        var inbound = spec.InboundCidrs.IsEmpty ? [network.VpcCidr] : spec.InboundCidrs.Select(c => c.ToString()).ToImmutableArray();

        return scope.Graph.Resource("kubernetes:helm.sh/v3:Release", scope.Name("lbc"), MapValue.Of(
            ("compat", "true"),
            ("name", Chart),
            ("chart", Chart),
            ("version", spec.ChartVersion),
            ("repositoryOpts", MapValue.Of(("repo", Repository))),
            ("namespace", Namespace),
            ("cleanupOnFail", true),
            ("values", MapValue.Of(
                ("clusterName", scope.ClusterName),
                ("region", scope.Context.Region),
                ("vpcId", network.VpcId),
                ("serviceAccount", MapValue.Of(
                    ("create", true),
                    ("name", ServiceAccount),
                    ("annotations", MapValue.Of(("eks.amazonaws.com/role-arn", role.Role.Arn))))),
                ("defaultSSLPolicy", spec.SslPolicy),
                // The legacy annotation would attach an Ingress to the controller without the IngressClassParams.
                ("disableIngressClassAnnotation", true),
                ("defaultTargetType", "ip"),
                ("ingressClassParams", MapValue.Of(
                    ("create", true),
                    ("spec", MapValue.Of(
                        ("scheme", spec.Scheme == LoadBalancerScheme.Internal ? "internal" : "internet-facing"),
                        ("sslPolicy", spec.SslPolicy),
                        // Load balancers only in the public subnets, never next to the nodes and pods.
                        ("subnets", MapValue.Of(("ids", ListValue.Of(network.PublicSubnets.Select(s => (Value)s.Id))))),
                        ("inboundCIDRs", ListValue.Of(inbound.Select(c => (Value)c))))))),
                ("podDisruptionBudget", MapValue.Of(("maxUnavailable", 1)))))),
            scope.Component.Name,
            new ResourceOptions { Provider = provider.Name, DependsOn = [.. dependsOn, .. role.Ready] });
    }
}
