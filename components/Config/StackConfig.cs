using System.Collections.Immutable;
using IrisStack.Components.Cluster;
using IrisStack.Components.Collections;
using IrisStack.Components.Network;
using IrisStack.Components.WebGateway;

namespace IrisStack.Components.Config;

/// <summary>The typed, validated configuration of one stack: everything the layers build from.</summary>
public sealed record StackConfig(
    string Project,
    string Stack,
    string Region,
    string AccountId,
    EquatableSortedDictionary<string, string> Tags,
    NetworkConfig Network,
    PolicySettings Policies,
    ClusterConfig Cluster,
    bool ProtectStatefulResources,
    WebGatewayConfig WebGateway);
