using IrisStack.Components.Aws;
using IrisStack.Components.Cluster;
using IrisStack.Components.Graph;
using IrisStack.Components.Kubernetes;
using IrisStack.Components.Network;

namespace IrisStack.Components.Edge.Alb;

/// <summary>
/// The origin CloudFront reaches, and nothing else can: an internal ALB in the private subnets
/// (no public address at all) with an HTTPS listener only, its own security group admitting 443
/// only from CloudFront's origin-facing prefix list and sending only to the API gateway's pods,
/// access logs to a hardened SSE-S3 bucket, a CloudFront VPC origin for it, and a
/// TargetGroupBinding through which the AWS Load Balancer Controller registers the API gateway's
/// pods in its target group. Everything in the stack's region, through the default provider.
/// </summary>
public static class EdgeAlb
{
    /// <summary>Where the access logs go in their bucket: <c>alb/AWSLogs/{account}/...</c>.</summary>
    public const string AccessLogPrefix = "alb";

    /// <summary>The only port the ALB listens on and the VPC origin connects to.</summary>
    public const int HttpsPort = 443;

    // CreateVpcOrigin requires an HTTP port although the origin is https-only; nothing listens on it.
    private const int UnusedHttpPort = 80;

    // Noncurrent log versions (only replaced or deleted logs) are kept this long.
    private const int NoncurrentLogVersionDays = 7;

    /// <summary>Adds the ALB and its parts under <paramref name="parent"/>.</summary>
    /// <param name="graph">The graph to add to.</param>
    /// <param name="scope">The edge component's scope, which names the children.</param>
    /// <param name="context">The stack's region, account, tags and protection.</param>
    /// <param name="config">The ALB settings.</param>
    /// <param name="network">The VPC and its private subnets, where the ALB and the pods are.</param>
    /// <param name="cluster">The cluster whose Kubernetes provider creates the TargetGroupBinding.</param>
    /// <param name="target">The API gateway's proxy Service.</param>
    /// <param name="parent">The edge component node.</param>
    public static AlbOutputs Add(GraphBuilder graph, ComponentScope scope, StackContext context, AlbConfig config, NetworkOutputs network, ClusterOutputs cluster, AlbTarget target, string parent)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(config);
        ArgumentNullException.ThrowIfNull(network);
        ArgumentNullException.ThrowIfNull(cluster);
        ArgumentNullException.ThrowIfNull(target);
        var physical = context.PhysicalName("-");
        NodeRef Add(string type, string role, ResourceOptions? options, params (string Key, Value? Value)[] inputs) =>
            graph.Resource(type, scope.Child(role), MapValue.Of([.. inputs, ("tags", context.TagsFor(scope.Child(role)))]), parent, options);

        // No inline rules: the provider then also removes the allow-all egress rule AWS adds to a
        // new group, so the two rules below are all the group allows.
        var securityGroup = Add("aws:ec2/securityGroup:SecurityGroup", "alb-sg", null,
            ("description", $"The internal ALB of {context.Project}/{context.Stack}: HTTPS from CloudFront only"),
            ("vpcId", network.VpcId));
        var ingress = Add("aws:vpc/securityGroupIngressRule:SecurityGroupIngressRule", "alb-from-cloudfront", null,
            ("securityGroupId", securityGroup.Id),
            ("description", "HTTPS from CloudFront's origin-facing servers (com.amazonaws.global.cloudfront.origin-facing)"),
            ("ipProtocol", "tcp"),
            ("fromPort", HttpsPort),
            ("toPort", HttpsPort),
            ("prefixListId", config.OriginFacingPrefixListId));
        graph.Setting(ingress.Name, "prefixListId", config.Settings.KeyOf("originFacingPrefixListId"));
        foreach (var subnet in network.PrivateSubnets)
        {
            Add("aws:vpc/securityGroupEgressRule:SecurityGroupEgressRule", $"alb-to-api-gateway-{subnet.Zone}", null,
                ("securityGroupId", securityGroup.Id),
                ("description", $"HTTPS to the API gateway's pods in {subnet.Zone}"),
                ("ipProtocol", "tcp"),
                ("fromPort", target.Port),
                ("toPort", target.Port),
                ("cidrIpv4", subnet.Cidr));
        }

        var logsName = scope.Child("alb-logs");
        var logs = HardenedBucket.Add(graph, context, logsName, parent, new HardenedBucketSpec(
            new BucketEncryption.S3Managed(),
            new BucketLifecycle(NoncurrentLogVersionDays, config.AccessLogRetentionDays, null),
            null,
            [ElbLogDelivery.Statement(context, new NodeRef(logsName, "aws:s3/bucket:Bucket"), AccessLogPrefix)]));
        graph.Setting($"{logsName}-lifecycle", "rules", config.Settings.KeyOf("accessLogRetentionDays"));

        // ELB checks that it may write to the bucket when access logging is switched on.
        var loadBalancer = Add("aws:lb/loadBalancer:LoadBalancer", "alb", new ResourceOptions { DependsOn = [$"{logsName}-policy"] },
            ("internal", true),
            ("loadBalancerType", "application"),
            ("subnets", ListValue.Of(network.PrivateSubnets.Select(s => s.Id))),
            ("securityGroups", ListValue.Of(securityGroup.Id)),
            ("dropInvalidHeaderFields", true),
            ("desyncMitigationMode", "strictest"),
            ("enableDeletionProtection", config.DeletionProtection),
            ("idleTimeout", config.IdleTimeoutSeconds),
            ("accessLogs", MapValue.Of(
                ("bucket", logs.Output("bucket")),
                ("prefix", AccessLogPrefix),
                ("enabled", true))));
        graph.Setting(loadBalancer.Name, "enableDeletionProtection", config.Settings.KeyOf("deletionProtection"));
        graph.Setting(loadBalancer.Name, "idleTimeout", config.Settings.KeyOf("idleTimeoutSeconds"));

        var targetGroup = Add("aws:lb/targetGroup:TargetGroup", "alb-api-gateway", null,
            ("port", target.Port),
            ("protocol", "HTTPS"),
            ("targetType", "ip"),
            ("vpcId", network.VpcId),
            ("healthCheck", MapValue.Of(
                ("enabled", true),
                ("protocol", "HTTPS"),
                ("port", "traffic-port"),
                ("path", config.HealthCheckPath),
                ("matcher", config.HealthCheckMatcher),
                ("healthyThreshold", 3),
                ("unhealthyThreshold", 3),
                ("interval", 15),
                ("timeout", 5))));
        graph.Setting(targetGroup.Name, "healthCheck", config.Settings.KeyOf("healthCheckPath"), config.Settings.KeyOf("healthCheckMatcher"));

        var listener = Add("aws:lb/listener:Listener", "alb-https", null,
            ("loadBalancerArn", loadBalancer.Arn),
            ("port", HttpsPort),
            ("protocol", "HTTPS"),
            ("sslPolicy", config.SslPolicy),
            ("certificateArn", config.CertificateArn),
            ("defaultActions", ListValue.Of(MapValue.Of(("type", "forward"), ("targetGroupArn", targetGroup.Arn)))));
        graph.Setting(listener.Name, "sslPolicy", config.Settings.KeyOf("sslPolicy"));
        graph.Setting(listener.Name, "certificateArn", config.Settings.KeyOf("certificateArn"));

        var vpcOrigin = Add("aws:cloudfront/vpcOrigin:VpcOrigin", "alb-vpc-origin", null,
            ("vpcOriginEndpointConfig", MapValue.Of(
                ("name", $"{physical}-alb"),
                ("arn", loadBalancer.Arn),
                ("httpPort", UnusedHttpPort),
                ("httpsPort", HttpsPort),
                ("originProtocolPolicy", "https-only"),
                ("originSslProtocols", MapValue.Of(("items", ListValue.Of("TLSv1.2")), ("quantity", 1))))));

        var namespaceNodes = cluster.NamespaceNodes.TryGetValue(target.Namespace, out var nsNode) ? new[] { nsNode } : [];
        KubernetesObjects.Add(graph, scope.Child("alb-binding"), "elbv2.k8s.aws/v1beta1", "TargetGroupBinding",
            KubernetesObjects.Metadata($"{target.ServiceName}-alb", target.Namespace, KubernetesLabels.Standard(context)),
            MapValue.Of(("spec", MapValue.Of(
                ("serviceRef", MapValue.Of(("name", target.ServiceName), ("port", target.Port))),
                ("targetGroupARN", targetGroup.Arn),
                ("targetType", "ip"),
                // The controller adds this rule to the pods' security group: the ALB may reach them on the port, nothing else is opened.
                ("networking", MapValue.Of(("ingress", ListValue.Of(MapValue.Of(
                    ("from", ListValue.Of(MapValue.Of(("securityGroup", MapValue.Of(("groupID", securityGroup.Id)))))),
                    ("ports", ListValue.Of(MapValue.Of(("protocol", "TCP"), ("port", target.Port)))))))))))),
            parent, cluster.KubernetesProvider, [.. namespaceNodes, listener.Name]);

        return new AlbOutputs(loadBalancer.Arn, loadBalancer.Output("dnsName"), vpcOrigin.Id, securityGroup.Id, targetGroup.Arn);
    }
}
