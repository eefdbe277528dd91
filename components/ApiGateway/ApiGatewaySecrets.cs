using IrisStack.Components.Graph;

namespace IrisStack.Components.ApiGateway;

/// <summary>
/// The two secrets kong.yml carries, as they are deployed: the configured Pulumi secret, or the
/// layer's generated password (a reference to its <c>result</c>). The rendering takes them apart
/// from the config so it needs no graph, and masks both, so the artifact is the same either way.
/// </summary>
/// <param name="SessionSecret">The session plugin's cookie secret.</param>
/// <param name="RedisAuthToken">The Redis AUTH token: Kong's password and the replication group's <c>authToken</c>.</param>
public sealed record ApiGatewaySecrets(SecretValue SessionSecret, SecretValue RedisAuthToken);
