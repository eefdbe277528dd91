using System.Collections.Immutable;
using IrisStack.Components.Aws;
using IrisStack.Components.Cluster;
using IrisStack.Components.Graph;
using IrisStack.Components.Kubernetes;
using IrisStack.Components.Plan;

namespace IrisStack.Components.WebGateway;

/// <summary>The Kubernetes labels of the Web Gateway's objects.</summary>
public static class WebGatewayLabels
{
    /// <summary>The app name label value, also the objects' metadata name.</summary>
    public const string Name = "webgateway";

    /// <summary>The ConfigMap holding nginx.conf.</summary>
    public const string ConfigMapName = "webgateway-nginx";

    /// <summary>The Secret holding CSP.ini.</summary>
    public const string CspIniSecretName = "webgateway-csp-ini";

    /// <summary>The Secret holding tls.crt, tls.key and ca.pem.</summary>
    public const string TlsSecretName = "webgateway-tls";

    /// <summary>The labels that select the Web Gateway pods (Deployment selector, Service, PDB).</summary>
    public static ImmutableSortedDictionary<string, string> Selector { get; } = ImmutableSortedDictionary.CreateRange(StringComparer.Ordinal,
    [
        KeyValuePair.Create("app.kubernetes.io/name", Name),
        KeyValuePair.Create(TierLabels.Key, TierLabels.Value(Tier.WebGateway)),
    ]);

    /// <summary>Every object's labels: the selector plus the recommended app.kubernetes.io labels.</summary>
    public static ImmutableSortedDictionary<string, string> All(StackContext context) => Selector
        .SetItems(KubernetesLabels.Standard(context))
        .SetItem("app.kubernetes.io/component", "web-gateway")
        .SetItem("app.kubernetes.io/instance", context.Stack);
}
