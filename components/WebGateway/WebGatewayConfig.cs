using System.Collections.Immutable;
using System.Text.RegularExpressions;
using IrisStack.Components.Collections;
using IrisStack.Components.Config;
using IrisStack.Components.Kubernetes;

namespace IrisStack.Components.WebGateway;

/// <summary>The Web Gateway settings (<c>iris-stack:webGateway</c>), validated, every default applied.</summary>
/// <param name="Image">The webgateway-nginx image, pinned to a tag or digest.</param>
/// <param name="ImagePullSecret">Name of the docker-registry Secret for containers.intersystems.com; empty for none.</param>
/// <param name="Replicas">Number of Web Gateway pods.</param>
/// <param name="DisruptionBudgetMinAvailable">Pods kept during voluntary disruptions; 0 creates no PodDisruptionBudget.</param>
/// <param name="RunAsNonRoot">Run the container as a non-root user (UID 51773, InterSystems' irisowner).</param>
/// <param name="Uris">Allow-list, admin paths, block-list, denied file types and methods.</param>
/// <param name="Headers">Security headers on every response.</param>
/// <param name="Limits">Request size, timeout and rate limits.</param>
/// <param name="TrustedProxyCidrs">Peers whose X-Forwarded-For is believed (the API gateway's pod network).</param>
/// <param name="SystemManager">CSP.ini <c>System_Manager</c>: client addresses allowed to use the gateway's management pages.</param>
/// <param name="Iris">How the gateway reaches IRIS.</param>
/// <param name="Resources">Container requests and limits.</param>
public sealed partial record WebGatewayConfig(
    string Image,
    string ImagePullSecret,
    int Replicas,
    int DisruptionBudgetMinAvailable,
    bool RunAsNonRoot,
    UriPolicy Uris,
    SecurityHeaders Headers,
    RequestLimits Limits,
    EquatableArray<Ipv4Cidr> TrustedProxyCidrs,
    EquatableArray<string> SystemManager,
    IrisConnection Iris,
    PodResources Resources)
{
    /// <summary>Where these settings were read from, so resources built from them name their keys.</summary>
    public SettingsPath Settings { get; init; } = SettingsPath.Stack("webGateway");

    /// <summary>Every default (no IRIS password: the layer generates one), read by <see cref="Read"/> itself.</summary>
    public static WebGatewayConfig Default { get; } = Read(ConfigReader.EmptySection("webGateway"));

    /// <summary>Reads and validates the section.</summary>
    public static WebGatewayConfig Read(ConfigSection section, IReadOnlyList<string>? defaultServers = null)
    {
        var image = section.String("image", WebGatewayDefaults.Image, "webgateway-nginx image, pinned to a tag or digest",
            ContainerImage.Validate);
        var pullSecret = section.String("imagePullSecret", string.Empty, "docker-registry Secret (in the web gateway namespace) for containers.intersystems.com; empty = none",
            n => n.Length == 0 || DnsLabel().IsMatch(n) ? null : $"'{n}' is not a Kubernetes object name.");
        var replicas = section.Int("replicas", 2, "Number of Web Gateway pods", 1, 50);
        var minAvailable = section.Int("disruptionBudgetMinAvailable", 0, "Pods kept during voluntary disruptions (PodDisruptionBudget); 0 = no budget", 0, 49);
        if (minAvailable >= replicas && minAvailable > 0)
        {
            section.Error("disruptionBudgetMinAvailable", $"{minAvailable} is not below replicas ({replicas}), so no node could ever be drained.", $"set it to at most {replicas - 1}.");
        }

        var nonRoot = section.Bool("runAsNonRoot", true, "Run the gateway container as non-root (UID 51773); false only if the image cannot");
        var uris = UriPolicy.Read(section);
        var trusted = section.StringList("trustedProxyCidrs", [],
            "Peers whose X-Forwarded-For is believed (set_real_ip_from): the API gateway's pod network; empty = use the TCP peer",
            Ipv4Cidr.Validate, "use a CIDR block such as 10.20.0.0/16.").Select(Ipv4Cidr.Parse).ToImmutableArray();
        var systemManager = section.StringList("systemManager", ["127.0.0.1"],
            "CSP.ini System_Manager: client addresses allowed to use the gateway management pages (loopback by default)",
            a => SystemManagerPattern().IsMatch(a) ? null : $"'{a}' is not an address, wildcard (10.0.1.*) or range (10.0.1.4-6).",
            "use an address such as 127.0.0.1.");
        if (section.IsEmptyList("systemManager"))
        {
            section.Error("systemManager", "is empty; the gateway would fall back to its own default.", "list 127.0.0.1 (loopback) or the admin addresses.");
        }

        var headers = SecurityHeaders.Read(section.Section("headers", "Security headers on every response"));
        var limits = RequestLimits.Read(section.Section("limits", "Request size, timeout and rate limits"));
        var iris = IrisConnection.Read(section.Section("iris", "How the gateway reaches IRIS"), defaultServers ?? IrisConnection.DefaultServers);
        var resources = PodResources.Read(section.Section("resources", "Container CPU and memory requests and limits"), WebGatewayDefaults.Resources);
        section.RejectUnknownKeys();
        return new WebGatewayConfig(image, pullSecret, replicas, minAvailable, nonRoot, uris, headers, limits, trusted, systemManager, iris, resources) { Settings = section.Settings };
    }

    [GeneratedRegex("^[a-z0-9]([a-z0-9.-]{0,251}[a-z0-9])?$")]
    private static partial Regex DnsLabel();

    [GeneratedRegex(@"^([0-9*]{1,3}(-[0-9]{1,3})?\.){3}[0-9*]{1,3}(-[0-9]{1,3})?$|^::1$")]
    private static partial Regex SystemManagerPattern();
}
