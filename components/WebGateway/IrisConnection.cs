using System.Collections.Immutable;
using System.Text.RegularExpressions;
using IrisStack.Components.Collections;
using IrisStack.Components.Config;
using IrisStack.Components.Data;
using IrisStack.Components.Graph;

namespace IrisStack.Components.WebGateway;

/// <summary>How the Web Gateway reaches IRIS: one server access profile per server, over TLS.</summary>
/// <param name="Servers">IRIS hosts (IRIS compute pods), one CSP.ini server profile each.</param>
/// <param name="SuperserverPort">The IRIS superserver port.</param>
/// <param name="Username">The IRIS account the gateway logs in with.</param>
/// <param name="Password">Its password when the stack sets one; unset, the Web Gateway layer generates one. Reaches the cluster only inside a Kubernetes Secret.</param>
/// <param name="AlternativeServers">How application paths use several servers.</param>
public sealed partial record IrisConnection(
    EquatableArray<string> Servers,
    int SuperserverPort,
    string Username,
    SecretValue? Password,
    AlternativeServers AlternativeServers)
{
    /// <summary>The default server: the compute pod of the default IrisCluster, behind IKO's headless service <c>iris-svc</c> in namespace <c>iris</c>.</summary>
    public static readonly ImmutableArray<string> DefaultServers = IrisClusterNames.Default.ComputeHosts;

    /// <summary>The default account: made for the gateway, because a predefined one (CSPSystem) keeps its image password and privileges.</summary>
    public const string DefaultUsername = "wg_login";

    /// <summary>Reads <c>iris-stack:webGateway.iris</c>; <paramref name="defaultServers"/> are the IRIS pods the stack deploys, when it does.</summary>
    public static IrisConnection Read(ConfigSection section, IReadOnlyList<string> defaultServers)
    {
        ArgumentNullException.ThrowIfNull(defaultServers);
        var servers = section.StringList("servers", defaultServers,
            "IRIS hosts the gateway connects to (one CSP.ini server profile each)",
            h => HostPattern().IsMatch(h) ? null : $"'{h}' is not a host name or IPv4 address.",
            "use a DNS name such as iris-compute-0.iris-svc.iris.svc.cluster.local.");
        if (section.IsEmptyList("servers"))
        {
            section.Error("servers", "is empty, so the gateway has no IRIS to talk to.", "list at least one IRIS host.");
        }

        var port = section.Int("superserverPort", 1972, "IRIS superserver port", 1, 65535);
        var user = section.String("username", DefaultUsername, "IRIS account the gateway logs in with: one of its own with use of %Service_WebGateway only (the data layer creates it), not the predefined CSPSystem",
            u => UserPattern().IsMatch(u) ? null : $"'{u}' is not a valid IRIS user name.");
        var password = section.Secret("password", "Password of that account (pulumi config set --secret); unset, the stack generates a random one. Lands only in a Kubernetes Secret", required: false);
        var alternative = section.Enum("alternativeServers", AlternativeServers.LoadBalancing, "How application paths use several servers");
        section.RejectUnknownKeys();
        return new IrisConnection(servers, port, user, password, alternative);
    }

    [GeneratedRegex("^[A-Za-z0-9]([A-Za-z0-9.-]{0,251}[A-Za-z0-9])?$")]
    private static partial Regex HostPattern();

    [GeneratedRegex("^[A-Za-z0-9_.%-]{1,160}$")]
    private static partial Regex UserPattern();
}
