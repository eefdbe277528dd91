using IrisStack.Components.Aws;
using IrisStack.Components.Cluster;
using IrisStack.Components.Collections;
using IrisStack.Components.Config;
using IrisStack.Components.Data;
using IrisStack.Components.Edge;
using IrisStack.Components.Network;
using IrisStack.Components.WebGateway;

namespace IrisStack.Stack;

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
    WebGatewayConfig WebGateway,
    DataConfig Data,
    EdgeConfig Edge)
{
    /// <summary>What every layer needs beyond its own section: where it deploys and how to tag.</summary>
    public StackContext Context => new(Project, Stack, Region, AccountId, Tags) { ProtectStatefulResources = ProtectStatefulResources };
}
