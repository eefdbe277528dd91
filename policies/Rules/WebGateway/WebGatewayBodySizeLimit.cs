using System.Collections.Immutable;
using IrisStack.Components.Graph;

namespace IrisStack.Policies.Rules.WebGateway;

/// <summary>Request bodies are limited everywhere.</summary>
public sealed class WebGatewayBodySizeLimit : NginxConfPolicy
{
    /// <inheritdoc />
    public override string Id => "webgateway-body-size-limit";

    /// <inheritdoc />
    public override string Description => "The Web Gateway sets client_max_body_size at http or server level, and nowhere to 0 (unlimited).";

    /// <inheritdoc />
    public override string Rationale => "Without a limit a client can stream arbitrarily large bodies through to IRIS; nginx's own default (1m) is implicit and easily lost.";

    /// <inheritdoc />
    public override ImmutableArray<string> PeerIds => [];

    /// <inheritdoc />
    protected override IEnumerable<Finding> Check(ResourceNode node, NginxDirective root)
    {
        var http = root.Descendants("http").FirstOrDefault();
        var servers = WebGatewayResources.Servers(root);
        if (http?.Named("client_max_body_size").Any() != true && !servers.All(s => s.Named("client_max_body_size").Any()))
        {
            yield return Violation(node, Property, "client_max_body_size is not set.", "Set client_max_body_size to the largest body the applications take, e.g. 10m.")
                with
            { Setting = "limits.maxBodySize", Want = "the largest body the applications take, e.g. 10m (the default)" };
        }

        foreach (var unlimited in root.Descendants("client_max_body_size").Where(d => d.Args.FirstOrDefault() is "0" or "0k" or "0m"))
        {
            yield return Violation(node, Property, "client_max_body_size 0 disables the body size limit.", "Set a size such as 10m.");
        }
    }
}
