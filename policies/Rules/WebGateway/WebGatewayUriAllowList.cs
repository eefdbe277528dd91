using System.Collections.Immutable;
using IrisStack.Components.Graph;

namespace IrisStack.Policies.Rules.WebGateway;

/// <summary>The Web Gateway forwards only allow-listed paths: a non-empty allow-list and a catch-all 403.</summary>
public sealed class WebGatewayUriAllowList : NginxConfPolicy
{
    /// <inheritdoc />
    public override string Id => "webgateway-uri-allow-list";

    /// <inheritdoc />
    public override string Description => "The Web Gateway's nginx.conf forwards only allow-listed paths: at least one allowed location hands requests to IRIS, none of them is '/', and 'location /' returns 403.";

    /// <inheritdoc />
    public override string Rationale => "IRIS serves far more than the application (Management Portal, system REST APIs, class pages); an allow-list is the only way to expose exactly the application, whatever IRIS adds later.";

    /// <inheritdoc />
    public override ImmutableArray<string> PeerIds => ["G2", "W8"];

    /// <inheritdoc />
    protected override IEnumerable<Finding> Check(ResourceNode node, NginxDirective root)
    {
        var servers = WebGatewayResources.Servers(root);
        if (servers.IsEmpty)
        {
            yield return Violation(node, Property, "nginx.conf has no server block.", "Render nginx.conf with the allow-list from iris-stack:webGateway.allowedPaths.");
        }

        foreach (var server in servers)
        {
            var locations = server.Named("location").ToList();
            var handOff = locations.Where(l => l.HandsOff).ToList();
            if (handOff.Count == 0)
            {
                yield return Violation(node, Property, "No location forwards to IRIS: the allow-list is empty.", "List the application paths in iris-stack:webGateway.allowedPaths.");
            }

            foreach (var everything in handOff.Where(l => l.LocationPath == "/"))
            {
                yield return Violation(node, Property, $"'location {string.Join(' ', everything.Args)}' forwards every path: that is no allow-list.", "Forward only the application paths, and refuse every other path with 403.")
                    with
                { Setting = "allowedPaths", Want = "the application paths, without '/'" };
            }

            var catchAll = locations.FirstOrDefault(l => l.Args.Length == 1 && l.Args[0] == "/");
            if (catchAll is null || !catchAll.Named("return").Any(r => r.Args.FirstOrDefault() == "403"))
            {
                yield return Violation(node, Property, "'location /' must return 403 so that every path outside the allow-list is refused.", "Give the paths to forward in iris-stack:webGateway.allowedPaths and let the webgateway layer render nginx.conf (it ends the allow-list with 'location / { return 403; }'); do not edit the rendered file.");
            }
        }
    }
}
