using IrisStack.Components.Collections;
using IrisStack.Components.Graph;

namespace IrisStack.Components.ApiGateway;

/// <summary>What other layers use of the API gateway.</summary>
/// <param name="ProxyService">The ClusterIP Service node of Kong's proxy.</param>
/// <param name="ProxyServiceName">The Service's name (an ALB TargetGroupBinding's <c>serviceRef.name</c>).</param>
/// <param name="Namespace">The Service's namespace (the API gateway tier namespace).</param>
/// <param name="ProxyPort">The Service's port: Kong's TLS proxy, the tier chain's API gateway port.</param>
/// <param name="PodLabels">The labels of Kong's pods (tier label included).</param>
/// <param name="RedisPrimaryEndpoint">The replication group's primary endpoint host (an output).</param>
/// <param name="SessionSecret">The session cookie secret in use: the configured one, else the generated password's result.</param>
/// <param name="RedisAuthToken">The Redis AUTH token in use: the configured one, else the generated password's result.</param>
/// <param name="Artifacts">The rendered files exactly as deployed: kong.yml with its secrets masked, and kong.conf.</param>
public sealed record ApiGatewayOutputs(
    NodeRef ProxyService,
    string ProxyServiceName,
    string Namespace,
    int ProxyPort,
    EquatableSortedDictionary<string, string> PodLabels,
    Value RedisPrimaryEndpoint,
    SecretValue SessionSecret,
    SecretValue RedisAuthToken,
    EquatableArray<Artifact> Artifacts);
