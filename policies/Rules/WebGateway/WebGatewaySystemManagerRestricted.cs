using System.Collections.Immutable;
using System.Globalization;
using IrisStack.Components.Config;
using IrisStack.Components.Graph;

namespace IrisStack.Policies.Rules.WebGateway;

/// <summary>CSP.ini's System_Manager admits only loopback and the admin networks.</summary>
public sealed class WebGatewaySystemManagerRestricted : StackPolicy
{
    private static readonly Ipv4Cidr Loopback = Ipv4Cidr.Parse("127.0.0.0/8");

    /// <inheritdoc />
    public override string Id => "webgateway-csp-ini-system-manager";

    /// <inheritdoc />
    public override string Description => "Every address, wildcard or range in the Web Gateway's CSP.ini [SYSTEM] System_Manager lies in loopback or in the admin CIDRs the gateway's nginx.conf admits to its admin paths.";

    /// <inheritdoc />
    public override string Rationale => "System_Manager lists the client addresses allowed to use the gateway's management pages, where server definitions and credentials can be changed; '*.*.*.*' (as in InterSystems' demo files) opens them to every client.";

    /// <inheritdoc />
    public override string Layer => "webgateway";

    /// <inheritdoc />
    public override ImmutableArray<string> PeerIds => [];

    private static readonly ImmutableHashSet<string> ExaminedTypes = [WebGatewayResources.SecretType, WebGatewayResources.ConfigMapType];

    /// <inheritdoc />
    public override bool Examines(string type) => ExaminedTypes.Contains(type);

    /// <inheritdoc />
    public override PolicyOutcome Evaluate(ResourceGraph graph, PolicyContext context)
    {
        ArgumentNullException.ThrowIfNull(graph);
        var inis = graph.Nodes.Select(n => (Node: n, Text: WebGatewayResources.CspIni(n))).Where(x => x.Text is not null).ToList();
        if (inis.Count == 0)
        {
            return PolicyOutcome.NotApplicable;
        }

        var admin = graph.Nodes.Select(WebGatewayResources.ParsedNginxConf).OfType<NginxDirective>()
            .SelectMany(r => WebGatewayResources.AdminCidrs(r)).Append(Loopback).ToImmutableArray();
        return PolicyOutcome.From(inis.SelectMany(ini => Check(ini.Node, ini.Text!, admin)));
    }

    private static IEnumerable<Finding> Check(ResourceNode node, string ini, ImmutableArray<Ipv4Cidr> admitted)
    {
        var value = SystemManager(ini);
        if (value is null)
        {
            yield break; // Unset: the gateway admits the local machine only.
        }

        foreach (var entry in value.Split([',', '+'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (entry is "::1" or "localhost")
            {
                continue;
            }

            var range = Range(entry);
            if (range is null || !admitted.Any(c => c.Network <= range.Value.Low && range.Value.High <= c.Network + (c.Size - 1)))
            {
                yield return new Finding(node.Name, PropertyPath.Of("stringData", WebGatewayResources.CspIniKey),
                    $"System_Manager admits '{entry}', which is neither loopback nor inside the admin CIDRs ({string.Join(", ", admitted)}).",
                    "Set System_Manager to 127.0.0.1, or to addresses inside the admin CIDRs.")
                    with
                { Setting = "systemManager", Want = "[127.0.0.1], or to addresses inside adminCidrs" };
            }
        }
    }

    private static string? SystemManager(string ini)
    {
        var inSystem = false;
        foreach (var raw in ini.Split('\n'))
        {
            var line = raw.Trim();
            if (line.StartsWith('['))
            {
                inSystem = line == "[SYSTEM]";
            }
            else if (inSystem && line.StartsWith("System_Manager=", StringComparison.Ordinal))
            {
                return line["System_Manager=".Length..];
            }
        }

        return null;
    }

    // a.b.c.d where each part is a number, '*' (0-255) or 'n-m': the addresses it covers.
    private static (uint Low, uint High)? Range(string entry)
    {
        var parts = entry.Split('.');
        if (parts.Length != 4)
        {
            return null;
        }

        uint low = 0, high = 0;
        foreach (var part in parts)
        {
            int from, to;
            if (part == "*")
            {
                (from, to) = (0, 255);
            }
            else if (part.Split('-') is [var a, var b] && int.TryParse(a, CultureInfo.InvariantCulture, out from) && int.TryParse(b, CultureInfo.InvariantCulture, out to))
            {
            }
            else if (int.TryParse(part, CultureInfo.InvariantCulture, out from))
            {
                to = from;
            }
            else
            {
                return null;
            }

            if (from < 0 || to > 255 || from > to)
            {
                return null;
            }

            low = (low << 8) | (uint)from;
            high = (high << 8) | (uint)to;
        }

        return (low, high);
    }
}
