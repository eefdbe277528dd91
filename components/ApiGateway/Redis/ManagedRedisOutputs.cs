using IrisStack.Components.Graph;

namespace IrisStack.Components.ApiGateway.Redis;

/// <summary>What Kong needs of the managed Redis.</summary>
/// <param name="ReplicationGroup">The replication group node.</param>
/// <param name="PrimaryEndpoint">Its primary endpoint's host name (an output), Kong's Redis host and TLS server name.</param>
/// <param name="SecurityGroup">The security group admitting the Redis port from the pods' subnets.</param>
public sealed record ManagedRedisOutputs(NodeRef ReplicationGroup, Value PrimaryEndpoint, NodeRef SecurityGroup);
