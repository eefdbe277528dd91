using IrisStack.Components.Graph;
using IrisStack.Components.WebGateway;

namespace IrisStack.Stack.Components;

/// <summary>A Web Gateway component's validated spec.</summary>
/// <param name="Shared">Region, account, tags, protection and policy settings.</param>
/// <param name="Placement">Where in the cluster it runs, and how the cluster's provider and namespace reach it.</param>
/// <param name="WebGateway">The gateway settings, the shape of <c>iris-stack:webGateway</c>.</param>
/// <param name="IrisCaCertPem">The CA of IRIS's certificates (the gateway's ca.pem), when given: a Data component's <c>caCertPem</c>.</param>
public sealed record WebGatewayComponentSpec(ComponentContext Shared, WebGatewayPlacement Placement, WebGatewayConfig WebGateway, Value? IrisCaCertPem = null);
