namespace IrisStack.Components.ApiGateway;

/// <summary>
/// The keys of the Kubernetes objects Kong's Deployment reads, shared with the policies that read
/// them: Secret <c>stringData["kong.yml"]</c> and ConfigMap <c>data["kong.conf"]</c>, both in the
/// API gateway tier namespace and labelled with the API gateway tier label.
/// </summary>
public static class KongObjectKeys
{
    /// <summary>The Secret key holding the declarative config (it carries secrets).</summary>
    public const string DeclarativeConfig = "kong.yml";

    /// <summary>The ConfigMap key holding kong.conf.</summary>
    public const string KongConf = "kong.conf";

    /// <summary>The ConfigMap key holding the Web Gateway's CA, the upstream trust store.</summary>
    public const string UpstreamCa = "ca.pem";

    /// <summary>The Secret key (and env var) holding the licence URL with the IAM user's password.</summary>
    public const string IrisUrl = "ISC_IRIS_URL";
}
