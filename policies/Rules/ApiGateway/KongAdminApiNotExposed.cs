using System.Collections.Immutable;
using System.Globalization;
using IrisStack.Components.Graph;

namespace IrisStack.Policies.Rules.ApiGateway;

/// <summary>
/// Kong's Admin API is off or on loopback, and no Service of the api-gateway tier reaches its
/// ports. kong.conf's <c>admin_listen</c> and a <c>KONG_ADMIN_LISTEN</c> variable on a tier
/// container (which overrides kong.conf) are both read; the admin ports are Kong's defaults
/// (8001, 8444) plus any they name.
/// </summary>
public sealed class KongAdminApiNotExposed : StackPolicy
{
    private const string Fix = "Set iris-stack:apiGateway.adminApi to off (or loopback); DB-less Kong needs no Admin API to load its config.";

    // kong.conf.default (3.4): loopback unless set otherwise.
    private const string DefaultAdminListen = "127.0.0.1:8001 reuseport backlog=16384, 127.0.0.1:8444 http2 ssl reuseport backlog=16384";

    private static readonly ImmutableHashSet<int> DefaultAdminPorts = [8001, 8444];

    /// <inheritdoc />
    public override string Id => "kong-admin-api-not-exposed";

    /// <inheritdoc />
    public override string Description => "kong.conf's admin_listen (and any KONG_ADMIN_LISTEN on an api-gateway container) is off or binds loopback addresses only, and no api-gateway Service targets an Admin API port (8001, 8444 or one admin_listen names).";

    /// <inheritdoc />
    public override string Rationale => "The Admin API reconfigures Kong without authentication in the open-source model: whoever reaches it can add routes, drop the security plugins or read credentials. IAM's own compose file binds it on 0.0.0.0:8001.";

    /// <inheritdoc />
    public override string Layer => "apigateway";

    /// <inheritdoc />
    public override ImmutableArray<string> PeerIds => ["G9"];

    /// <inheritdoc />
    public override bool Examines(string type) => type is ApiGatewayResources.ConfigMapType or ApiGatewayResources.ServiceType or ApiGatewayResources.DeploymentType;

    /// <inheritdoc />
    public override PolicyOutcome Evaluate(ResourceGraph graph, PolicyContext context)
    {
        ArgumentNullException.ThrowIfNull(graph);
        var confs = graph.OfType(ApiGatewayResources.ConfigMapType).Where(ApiGatewayResources.HoldsKongConf).ToList();
        var deployments = ApiGatewayResources.Deployments(graph);
        var services = ApiGatewayResources.Services(graph);
        if (confs.Count == 0 && deployments.IsEmpty && services.IsEmpty)
        {
            return PolicyOutcome.NotApplicable;
        }

        var findings = new List<Finding>();
        var adminPorts = DefaultAdminPorts.ToBuilder();
        foreach (var node in confs)
        {
            if (ApiGatewayResources.ParsedKongConf(node) is not { } conf)
            {
                findings.Add(new Finding(node.Name, ApiGatewayResources.KongConfProperty, "kong.conf is not text at preview, so where the Admin API listens cannot be checked.", "Put the rendered kong.conf in the ConfigMap's data as a string (the apigateway layer does)."));
                continue;
            }

            var listeners = conf.Listeners("admin_listen", DefaultAdminListen);
            adminPorts.UnionWith(listeners.Select(l => l.Port).OfType<int>());
            findings.AddRange(listeners.Where(l => !l.IsLoopback).Select(l => new Finding(node.Name, ApiGatewayResources.KongConfProperty,
                $"admin_listen '{l.Entry}' binds {l.Address}, not loopback, so the Admin API is reachable from the network.", Fix)
            { Setting = "adminApi", Want = "off" }));
        }

        foreach (var deployment in deployments)
        {
            foreach (var (container, i) in ApiGatewayResources.Containers(deployment).Select((c, i) => (c, i)))
            {
                foreach (var (_, value) in ApiGatewayResources.KongEnvironment(container).Where(e => e.Setting == "admin_listen"))
                {
                    var listeners = value.Trim() == "off" ? [] : value.Split(',').Select(e => KongListener.Parse(e.Trim())).ToList();
                    adminPorts.UnionWith(listeners.Select(l => l.Port).OfType<int>());
                    findings.AddRange(listeners.Where(l => !l.IsLoopback).Select(l => new Finding(deployment.Name, $"spec.template.spec.containers[{i}].env",
                        $"KONG_ADMIN_LISTEN '{l.Entry}' overrides kong.conf and binds {l.Address}, not loopback, so the Admin API is reachable from the network.",
                        "Remove KONG_ADMIN_LISTEN from the container: kong.conf sets admin_listen (iris-stack:apiGateway.adminApi).")));
                }
            }
        }

        var namedPorts = deployments.SelectMany(ApiGatewayResources.Containers)
            .SelectMany(c => c["ports"] is ListValue ports ? ports.Items.OfType<MapValue>() : [])
            .Where(p => p["name"] is StringValue && p["containerPort"] is NumberValue)
            .Select(p => (Name: ((StringValue)p["name"]!).Value, Port: (int)((NumberValue)p["containerPort"]!).Value))
            .ToList();
        foreach (var service in services)
        {
            var ports = service.Input("spec.ports") is ListValue list ? list.Items.OfType<MapValue>().ToList() : [];
            foreach (var (port, i) in ports.Select((p, i) => (p, i)))
            {
                var target = Target(port["targetPort"] ?? port["port"], namedPorts);
                if (target.Any(adminPorts.Contains))
                {
                    findings.Add(new Finding(service.Name, $"spec.ports[{i}]", $"The Service's port {(port["port"] is NumberValue number ? number.ToString() : ValueText.Display(port["port"]))} targets the Admin API port {target.First(adminPorts.Contains)}, so it exposes the Admin API beyond the pod.",
                        "Remove the port from the Service: only Kong's proxy port belongs in a Service of the api-gateway tier."));
                }
            }
        }

        return PolicyOutcome.From(findings);
    }

    // A Service's targetPort is a number or the name of a container port.
    private static IEnumerable<int> Target(Value? target, List<(string Name, int Port)> namedPorts) => target switch
    {
        NumberValue number => [(int)number.Value],
        StringValue { Value: var text } when int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var port) => [port],
        StringValue { Value: var name } => namedPorts.Where(p => p.Name == name).Select(p => p.Port),
        _ => [],
    };
}
