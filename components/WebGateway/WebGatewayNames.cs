using System.Collections.Immutable;
using IrisStack.Components.Aws;
using IrisStack.Components.Cluster;
using IrisStack.Components.Kubernetes;

namespace IrisStack.Components.WebGateway;

/// <summary>
/// The Kubernetes names and labels of one Web Gateway component's objects, all from the
/// component's name, so two gateways can share a namespace without sharing objects or pods.
/// </summary>
/// <param name="Component">The component's logical name: the app name label and the Deployment's and Service's name.</param>
public sealed record WebGatewayNames(string Component)
{
    /// <summary>The app name label value, also the Deployment's, Service's and budget's metadata name.</summary>
    public string Name => Component;

    /// <summary>The ConfigMap holding nginx.conf.</summary>
    public string ConfigMapName => $"{Component}-nginx";

    /// <summary>The Secret holding CSP.ini.</summary>
    public string CspIniSecretName => $"{Component}-csp-ini";

    /// <summary>The Secret holding tls.crt, tls.key and ca.pem.</summary>
    public string TlsSecretName => $"{Component}-tls";

    /// <summary>The labels that select the Web Gateway pods (Deployment selector, Service, PDB).</summary>
    public ImmutableSortedDictionary<string, string> Selector => ImmutableSortedDictionary.CreateRange(StringComparer.Ordinal,
    [
        KeyValuePair.Create("app.kubernetes.io/name", Name),
        KeyValuePair.Create(TierLabels.Key, TierLabels.Value(Tier.WebGateway)),
    ]);

    /// <summary>Every object's labels: the selector plus the recommended app.kubernetes.io labels.</summary>
    public ImmutableSortedDictionary<string, string> All(StackContext context) => Selector
        .SetItems(KubernetesLabels.Standard(context))
        .SetItem("app.kubernetes.io/component", "web-gateway")
        .SetItem("app.kubernetes.io/instance", context.Stack);
}
