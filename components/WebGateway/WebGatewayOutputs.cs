using IrisStack.Components.Collections;
using IrisStack.Components.Graph;

namespace IrisStack.Components.WebGateway;

/// <summary>What other layers use of the Web Gateway.</summary>
/// <param name="Service">The ClusterIP Service node.</param>
/// <param name="ServiceHost">The in-cluster DNS name the API gateway sends requests to.</param>
/// <param name="ServicePort">The Service's HTTPS port.</param>
/// <param name="PodLabels">The labels of the Web Gateway pods (tier label included).</param>
/// <param name="CaCertPem">The CA the gateway's certificate chains to (for the API gateway's upstream TLS verification).</param>
/// <param name="IrisPassword">The password the gateway logs in to IRIS with: the data layer gives the IRIS account the same one.</param>
/// <param name="Artifacts">The rendered files exactly as deployed: nginx.conf, and CSP.ini with its password masked.</param>
public sealed record WebGatewayOutputs(
    NodeRef Service,
    string ServiceHost,
    int ServicePort,
    EquatableSortedDictionary<string, string> PodLabels,
    Value CaCertPem,
    SecretValue IrisPassword,
    EquatableArray<Artifact> Artifacts);
