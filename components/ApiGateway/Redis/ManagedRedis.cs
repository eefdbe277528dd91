using System.Text.Json.Nodes;
using IrisStack.Components.Aws;
using IrisStack.Components.Graph;
using IrisStack.Components.Network;

namespace IrisStack.Components.ApiGateway.Redis;

/// <summary>
/// The ElastiCache (Redis OSS) replication group of Kong's rate limits, in the private subnets:
/// TLS required in transit, encrypted at rest with its own customer-managed key, the AUTH token
/// Kong also uses, slow and engine logs to CMK-encrypted log groups, and a
/// security group admitting only the Redis port from the private subnets (where the pods get their
/// addresses; the cluster exposes no node security group) and allowing no egress.
/// </summary>
public static class ManagedRedis
{
    /// <summary>The log types ElastiCache delivers for Redis OSS.</summary>
    public static readonly IReadOnlyList<string> LogTypes = ["slow-log", "engine-log"];

    /// <summary>Adds the replication group and what it needs under <paramref name="parent"/>; <paramref name="authToken"/> is the token Kong also sends.</summary>
    public static ManagedRedisOutputs Add(GraphBuilder graph, ComponentScope scope, StackContext context, string parent, RedisSettings redis, SecretValue authToken, NetworkOutputs network)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(redis);
        ArgumentNullException.ThrowIfNull(authToken);
        ArgumentNullException.ThrowIfNull(network);
        string Name(string role) => scope.Child(role);
        var cluster = redis.Cluster;
        var physical = $"{context.PhysicalName("-")}-{scope.Name}-redis";

        var key = CustomerManagedKey.Add(graph, context, Name("redis-key"), parent, $"{scope.Name}-redis",
            $"Encrypts the API gateway's Redis (ElastiCache) of {context.Project}/{context.Stack} at rest", KeyPolicy(context));

        var subnets = graph.Resource("aws:elasticache/subnetGroup:SubnetGroup", Name("redis-subnets"), MapValue.Of(
            ("name", physical),
            ("description", "Private subnets of the API gateway's Redis"),
            ("subnetIds", ListValue.Of(network.PrivateSubnets.Select(s => s.Id))),
            ("tags", context.TagsFor(Name("redis-subnets")))), parent);

        var securityGroup = graph.Resource("aws:ec2/securityGroup:SecurityGroup", Name("redis-sg"), MapValue.Of(
            ("description", "API gateway Redis: the Redis port from the private subnets only"),
            ("vpcId", network.VpcId),
            ("ingress", ListValue.Of(MapValue.Of(
                ("description", "Kong pods (private subnets) to Redis over TLS"),
                ("protocol", "tcp"),
                ("fromPort", redis.Port),
                ("toPort", redis.Port),
                ("cidrBlocks", ListValue.Of(network.PrivateSubnets.Select(s => (Value)s.Cidr)))))),
            // An empty list removes the all-traffic egress rule AWS adds to every new group.
            ("egress", ListValue.Of()),
            ("tags", context.TagsFor(Name("redis-sg")))), parent);

        var logs = LogTypes.Select(type =>
        {
            var logGroup = graph.Resource("aws:cloudwatch/logGroup:LogGroup", Name($"redis-{type}"), MapValue.Of(
                ("name", $"/{context.PhysicalName("/")}/{scope.Name}/redis/{type}"),
                ("retentionInDays", cluster.LogRetentionDays),
                ("kmsKeyId", network.LogsKeyArn),
                ("tags", context.TagsFor(Name($"redis-{type}")))), parent);
            graph.Setting(logGroup.Name, "retentionInDays", "iris-stack:apiGateway.redis.logRetentionDays");
            return (Value)MapValue.Of(
                ("destination", logGroup.Output("name")),
                ("destinationType", "cloudwatch-logs"),
                ("logFormat", "json"),
                ("logType", type));
        }).ToList();

        var group = graph.Resource("aws:elasticache/replicationGroup:ReplicationGroup", Name("redis"), MapValue.Of(
            ("replicationGroupId", physical),
            ("description", $"Rate-limit counters of the API gateway of {context.Project}/{context.Stack}"),
            ("engine", "redis"),
            ("engineVersion", cluster.EngineVersion),
            ("parameterGroupName", ElastiCacheSettings.ParameterGroupName),
            ("nodeType", cluster.NodeType),
            ("numCacheClusters", cluster.NumCacheClusters),
            ("automaticFailoverEnabled", cluster.AutomaticFailover),
            ("multiAzEnabled", cluster.MultiAz),
            ("port", redis.Port),
            ("subnetGroupName", subnets.Output("name")),
            ("securityGroupIds", ListValue.Of(securityGroup.Id)),
            ("transitEncryptionEnabled", true),
            ("transitEncryptionMode", "required"),
            ("atRestEncryptionEnabled", true),
            ("kmsKeyId", key.Arn),
            ("authToken", authToken),
            ("snapshotRetentionLimit", cluster.SnapshotRetentionDays),
            ("autoMinorVersionUpgrade", true),
            ("logDeliveryConfigurations", ListValue.Of(logs)),
            ("tags", context.TagsFor(Name("redis")))), parent,
            new ResourceOptions { Protect = context.ProtectStatefulResources });
        foreach (var (property, setting) in new[]
        {
            ("numCacheClusters", "numCacheClusters"), ("multiAzEnabled", "multiAz"), ("automaticFailoverEnabled", "numCacheClusters"),
            ("snapshotRetentionLimit", "snapshotRetentionDays"), ("authToken", "authToken"),
        })
        {
            graph.Setting(group.Name, property, "iris-stack:apiGateway.redis." + setting);
        }

        return new ManagedRedisOutputs(group, group.Output("primaryEndpointAddress"), securityGroup);
    }

    // ElastiCache uses the key through grants it creates with the caller's credentials, so the
    // account's principals may use it only via ElastiCache in this region (the condition AWS's
    // own aws/elasticache key carries); the account still administers it through IAM.
    private static JsonObject KeyPolicy(StackContext context) => new()
    {
        ["Version"] = "2012-10-17",
        ["Statement"] = new JsonArray(
            KeyPolicyStatements.AccountAdministersKey(context),
            new JsonObject
            {
                ["Sid"] = "ElastiCacheUsesKey",
                ["Effect"] = "Allow",
                ["Principal"] = new JsonObject { ["AWS"] = $"arn:{context.Partition}:iam::{context.AccountId}:root" },
                ["Action"] = new JsonArray("kms:Encrypt", "kms:Decrypt", "kms:ReEncrypt*", "kms:GenerateDataKey*", "kms:CreateGrant", "kms:ListGrants", "kms:DescribeKey"),
                ["Resource"] = "*",
                ["Condition"] = new JsonObject
                {
                    ["StringEquals"] = new JsonObject
                    {
                        ["kms:ViaService"] = $"elasticache.{context.Region}.amazonaws.com",
                        ["kms:CallerAccount"] = context.AccountId,
                    },
                },
            }),
    };
}
