using System.Collections.Immutable;
using IrisStack.Components.Aws;
using IrisStack.Components.Graph;
using IrisStack.Components.Network;

namespace IrisStack.Components.Cluster;

/// <summary>
/// The cluster layer (<c>iris:cluster:Cluster</c>): a private EKS cluster (pulumi-eks's
/// <c>eks:index:Cluster</c>, registered remote) in the network layer's private subnets with secrets
/// envelope-encrypted by a customer-managed key, every control-plane log type in a CMK-encrypted
/// log group, an OIDC provider for IRSA and access entries for admins; managed node groups on a
/// hardened launch template; the managed add-ons (VPC CNI enforcing NetworkPolicies, CoreDNS,
/// kube-proxy, EBS CSI); the AWS Load Balancer Controller; and the Kubernetes base of the tiers:
/// namespaces with Pod Security labels, default-deny and tier-chain NetworkPolicies, and an
/// encrypted default StorageClass.
/// </summary>
public static class ClusterLayer
{
    /// <summary>The control-plane log types EKS offers; all are enabled.</summary>
    public static readonly ImmutableArray<string> ControlPlaneLogTypes = ["api", "audit", "authenticator", "controllerManager", "scheduler"];

    /// <summary>Adds the cluster to the graph, as the component <paramref name="componentScope"/> names, in <paramref name="network"/>.</summary>
    public static ClusterOutputs Build(GraphBuilder graph, ComponentScope componentScope, StackContext context, ClusterConfig config, NetworkOutputs network)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(componentScope);
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(config);
        ArgumentNullException.ThrowIfNull(network);
        var component = graph.Component(TypeTokens.Cluster, componentScope);
        var scope = new ClusterScope(graph, context, config, component, context.PhysicalName("-"));

        var key = CustomerManagedKey.Add(graph, context, scope.Name("key"), component.Name, "cluster",
            $"Encrypts the Kubernetes secrets and volumes of {scope.ClusterName}", ClusterKeyPolicy.Document(context));

        // EKS writes control-plane logs to this fixed group; creating it first gives it a retention
        // and the logs CMK instead of the never-expiring, unencrypted group EKS would create.
        var logGroup = scope.Add("aws:cloudwatch/logGroup:LogGroup", "control-plane-logs", MapValue.Of(
            ("name", $"/aws/eks/{scope.ClusterName}/cluster"),
            ("retentionInDays", config.ControlPlaneLogRetentionDays),
            ("kmsKeyId", network.LogsKeyArn),
            ("tags", context.TagsFor(scope.Name("control-plane-logs")))));
        graph.Setting(logGroup.Name, "retentionInDays", config.Settings.KeyOf("controlPlaneLogRetentionDays"));

        var eks = graph.RemoteComponent("eks:index:Cluster", scope.Name("eks"), ClusterInputs(scope, network, key), component.Name, scope.Protected(logGroup.Name));
        var provider = graph.Provider("kubernetes", scope.Name("k8s"), MapValue.Of(
            ("kubeconfig", new SecretValue(eks.Output("kubeconfigJson")))), component.Name);
        var oidcArn = eks.Output("oidcProviderArn");
        var oidcIssuer = eks.Output("oidcIssuer");

        var addons = new ClusterAddons(scope, eks, oidcArn, oidcIssuer, key);
        var networking = addons.AddNetworking();
        var nodeGroups = ClusterNodeGroups.Add(scope, network, eks, key, networking);
        var scheduled = addons.AddScheduled(nodeGroups);

        var namespaces = TierNamespaceObjects.Add(scope, provider, network);
        ClusterStorage.Add(scope, provider, key, scheduled.EbsCsi);
        LoadBalancerController.Add(scope, provider, network, oidcArn, oidcIssuer, [.. nodeGroups.Select(n => n.Name), scheduled.CoreDns.Name]);

        return new ClusterOutputs(
            scope.ClusterName,
            provider.Name,
            config.TierNamespaces,
            namespaces.Nodes.ToImmutableSortedDictionary(n => n.Key, n => n.Value.Name, StringComparer.Ordinal),
            namespaces.Chain,
            new SecretValue(eks.Output("kubeconfigJson")),
            oidcArn,
            oidcIssuer);
    }

    private static MapValue ClusterInputs(ClusterScope scope, NetworkOutputs network, NodeRef key)
    {
        var config = scope.Config;
        var adminCidrs = config.Endpoint switch
        {
            EndpointAccess.PrivateOnly => null,
            EndpointAccess.PrivateAndAdminCidrs a => ListValue.Of(a.AdminCidrs.Select(c => (Value)c.ToString())),
            _ => throw new ArgumentOutOfRangeException(nameof(scope), config.Endpoint, "Unknown endpoint access."),
        };
        var accessEntries = config.AdminRoleArns.IsEmpty ? null : MapValue.Of(config.AdminRoleArns.Select((arn, i) => ($"admin-{i}", (Value?)MapValue.Of(
            ("principalArn", arn),
            ("type", "STANDARD"),
            ("accessPolicies", MapValue.Of(("cluster-admin", MapValue.Of(
                ("policyArn", $"{scope.Arn}:eks::aws:cluster-access-policy/AmazonEKSClusterAdminPolicy"),
                ("accessScope", MapValue.Of(("type", "cluster")))))))))));
        return MapValue.Of(
            ("name", scope.ClusterName),
            ("version", config.KubernetesVersion),
            ("vpcId", network.VpcId),
            // Only the private subnets: the control plane's network interfaces and the nodes live
            // there; the load balancer controller finds the public subnets by their elb role tag.
            ("privateSubnetIds", ListValue.Of(network.PrivateSubnets.Select(s => (Value)s.Id))),
            ("endpointPrivateAccess", true),
            ("endpointPublicAccess", adminCidrs is not null),
            ("publicAccessCidrs", adminCidrs),
            ("encryptionConfigKeyArn", key.Arn),
            ("enabledClusterLogTypes", ListValue.Of(ControlPlaneLogTypes.Select(t => (Value)t))),
            ("createOidcProvider", true),
            ("authenticationMode", "API"),
            ("accessEntries", accessEntries),
            // Node groups, security groups and add-ons are this layer's own nodes, not the component's defaults.
            ("skipDefaultNodeGroup", true),
            ("skipDefaultSecurityGroups", true),
            ("useDefaultVpcCni", true),
            // The typed SDK fills both resolveConflicts values whenever these options are given.
            ("kubeProxyAddonOptions", MapValue.Of(("enabled", false), ("resolveConflictsOnCreate", "OVERWRITE"), ("resolveConflictsOnUpdate", "OVERWRITE"))),
            ("corednsAddonOptions", MapValue.Of(("enabled", false), ("resolveConflictsOnCreate", "OVERWRITE"), ("resolveConflictsOnUpdate", "OVERWRITE"))),
            ("deletionProtection", scope.Context.ProtectStatefulResources),
            ("tags", scope.Context.TagsFor(scope.Name("eks"))));
    }
}
