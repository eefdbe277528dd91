using System.Collections.Immutable;
using System.Text.RegularExpressions;
using IrisStack.Components.Collections;
using IrisStack.Components.Config;
using IrisStack.Components.Kubernetes;

namespace IrisStack.Components.Cluster;

/// <summary>The cluster settings (<c>iris-stack:cluster</c>), validated with every default applied.</summary>
/// <param name="KubernetesVersion">EKS Kubernetes minor version (<c>1.33</c>).</param>
/// <param name="Endpoint">How the API endpoint is reached.</param>
/// <param name="AdminRoleArns">IAM roles that get cluster-admin access entries.</param>
/// <param name="ControlPlaneLogRetentionDays">Retention of the control-plane log group.</param>
/// <param name="NodeGroups">Managed node groups.</param>
/// <param name="Namespaces">The tier namespaces, in chain order (API gateway, Web Gateway, IRIS).</param>
/// <param name="Ports">Ports of the tier chain.</param>
/// <param name="Storage">The default StorageClass.</param>
/// <param name="LoadBalancerController">The AWS Load Balancer Controller.</param>
public sealed partial record ClusterConfig(
    string KubernetesVersion,
    EndpointAccess Endpoint,
    EquatableArray<string> AdminRoleArns,
    int ControlPlaneLogRetentionDays,
    EquatableArray<NodeGroupSpec> NodeGroups,
    EquatableArray<TierNamespaceSpec> Namespaces,
    TierPorts Ports,
    StorageSpec Storage,
    LoadBalancerControllerSpec LoadBalancerController)
{
    /// <summary>Where these settings were read from, so resources built from them name their keys.</summary>
    public SettingsPath Settings { get; init; } = SettingsPath.Stack("cluster");

    /// <summary>The node group used when the stack lists none.</summary>
    public static readonly NodeGroupSpec DefaultNodeGroup = new("general", ["m6i.large"], 2, 4, 2, 50, null);

    /// <summary>The namespaces as the workload layers address them.</summary>
    public TierNamespaces TierNamespaces => new(
        Namespaces.Single(n => n.Group == TierGroup.ApiGateway).Name,
        Namespaces.Single(n => n.Group == TierGroup.WebGateway).Name,
        Namespaces.Single(n => n.Group == TierGroup.Iris).Name);

    /// <summary>Reads and validates the section.</summary>
    public static ClusterConfig Read(ConfigSection section)
    {
        var version = section.String("kubernetesVersion", "1.33", "EKS Kubernetes minor version",
            v => KubernetesVersionPattern().IsMatch(v) ? null : $"'{v}' is not a Kubernetes minor version such as 1.33.",
            "set a version EKS supports, e.g. \"1.33\" (quote it in YAML).");

        var adminCidrs = section.StringList("endpointPublicAccessCidrs", [],
            "Admin networks allowed on the public API endpoint; empty keeps the endpoint private only",
            ValidateAdminCidr, "list admin networks such as 203.0.113.0/24, or remove the key to keep the endpoint private.");
        EndpointAccess endpoint = adminCidrs.IsEmpty
            ? new EndpointAccess.PrivateOnly()
            : new EndpointAccess.PrivateAndAdminCidrs([.. adminCidrs.Select(Ipv4Cidr.Parse)]);

        var adminRoles = section.StringList("adminRoleArns", [], "IAM roles granted cluster admin through EKS access entries",
            a => RoleArnPattern().IsMatch(a) ? null : $"'{a}' is not an IAM role ARN.",
            "use a role ARN such as arn:aws:iam::123456789012:role/platform-admin.");
        if (adminRoles.Distinct().Count() != adminRoles.Length)
        {
            section.Error("adminRoleArns", "lists a role twice.", "list each role once.");
        }

        var retention = CloudWatchRetention.Read(section, "controlPlaneLogRetentionDays", 365, "Days CloudWatch keeps the EKS control-plane logs");

        var nodeGroups = ReadNodeGroups(section);
        var namespaces = ReadNamespaces(section.Section("namespaces", "Tier namespaces: name and Pod Security level per tier group"));
        var ports = ReadPorts(section.Section("ports", "Ports of the tier chain that the NetworkPolicies open"));
        var storage = ReadStorage(section.Section("storage", "The encrypted default StorageClass"));
        var lbc = ReadLoadBalancerController(section.Section("loadBalancerController", "AWS Load Balancer Controller chart and the defaults it enforces"));

        section.RejectUnknownKeys();
        return new ClusterConfig(version, endpoint, adminRoles, retention, nodeGroups, namespaces, ports, storage, lbc) { Settings = section.Settings };
    }

    private static string? ValidateAdminCidr(string text)
    {
        var cidr = Ipv4Cidr.TryParse(text, out var problem);
        return cidr switch
        {
            null => problem,
            { Prefix: 0 } => "0.0.0.0/0 would open the API endpoint to the internet.",
            { Prefix: < 16 } => $"{text} is too broad for admin access (wider than /16).",
            _ => null,
        };
    }

    private static ImmutableArray<NodeGroupSpec> ReadNodeGroups(ConfigSection section)
    {
        var items = section.SectionList("nodeGroups", "Managed node groups: {name, instanceTypes, minSize, maxSize, desiredSize, diskSizeGiB, dedicatedTo}");
        if (!section.Has("nodeGroups"))
        {
            return [DefaultNodeGroup];
        }

        if (section.IsEmptyList("nodeGroups"))
        {
            section.Error("nodeGroups", "is empty; the cluster needs nodes.", "list at least one node group, or remove the key to use the default group.");
        }

        if (items.Count == 0)
        {
            return [DefaultNodeGroup];
        }

        var groups = items.Select(ReadNodeGroup).ToImmutableArray();
        foreach (var duplicate in groups.GroupBy(g => g.Name).Where(g => g.Count() > 1))
        {
            section.Error("nodeGroups", $"names '{duplicate.Key}' twice.", "give every node group its own name.");
        }

        if (groups.All(g => g.DedicatedTo is not null))
        {
            section.Error("nodeGroups", "has only dedicated (tainted) node groups, so cluster add-ons (CoreDNS, the load balancer controller) cannot be scheduled.",
                "add a node group without dedicatedTo.");
        }

        return groups;
    }

    private static NodeGroupSpec ReadNodeGroup(ConfigSection item)
    {
        var name = item.RequiredString("name", "node group name", "general",
            n => NodeGroupNamePattern().IsMatch(n) ? null : $"'{n}' must be lower-case letters, digits and dashes, starting with a letter, at most 24 characters.");
        var types = item.StringList("instanceTypes", DefaultNodeGroup.InstanceTypes, "EC2 instance types",
            t => !InstanceTypePattern().IsMatch(t) ? $"'{t}' is not an EC2 instance type."
                : NodeGroupSpec.IsA1Type(t) ? $"'{t}' is an A1 type, which Amazon Linux 2023 (the node AMI) does not support."
                : null,
            "use a type such as m6i.large (x86) or m7g.large (Graviton).");
        if (item.IsEmptyList("instanceTypes"))
        {
            item.Error("instanceTypes", "is empty.", "list at least one instance type, e.g. [m6i.large].");
            types = DefaultNodeGroup.InstanceTypes;
        }
        else if (types.Select(NodeGroupSpec.IsArmType).Distinct().Count() > 1)
        {
            item.Error("instanceTypes", "mixes Graviton (arm64) and x86 types; one node group runs one AMI architecture.", "split them into two node groups.");
        }

        var min = item.Int("minSize", 2, "Fewest nodes", 1, 100);
        var max = item.Int("maxSize", 4, "Most nodes", 1, 100);
        var desired = item.Int("desiredSize", min, "Nodes at creation (default: minSize)", 1, 100);
        if (min > max)
        {
            item.Error("minSize", $"{min} is larger than maxSize {max}.", "make minSize <= maxSize.");
        }
        else if (desired < min || desired > max)
        {
            item.Error("desiredSize", $"{desired} is outside minSize..maxSize ({min}..{max}).", "set desiredSize between minSize and maxSize.");
        }

        var disk = item.Int("diskSizeGiB", 50, "Encrypted gp3 root volume size in GiB", 20, 16384);
        var dedicated = item.OptionalEnum<TierGroup>("dedicatedTo", "Tier group whose pods alone run here (label + NoSchedule taint)", "shared by every tier");
        item.RejectUnknownKeys();
        return new NodeGroupSpec(name, types, min, max, desired, disk, dedicated);
    }

    /// <summary>Why <paramref name="name"/> cannot be a tier namespace (not a DNS label, or a namespace Kubernetes owns), or null.</summary>
    public static string? NamespaceNameProblem(string name) =>
        KubernetesNames.IsDnsLabel(name) && name is not ("default" or "kube-system" or "kube-public" or "kube-node-lease")
            ? null
            : $"'{name}' is not a usable namespace name (a DNS label, not default or kube-*).";

    private static ImmutableArray<TierNamespaceSpec> ReadNamespaces(ConfigSection section)
    {
        TierNamespaceSpec Read(TierGroup group, string key, string defaultName, PodSecurityLevel defaultLevel, string description)
        {
            var ns = section.Section(key, description);
            var name = ns.String("name", defaultName, "Namespace name", NamespaceNameProblem, $"use a lower-case DNS label such as {defaultName}.");
            var level = ns.Enum("podSecurity", defaultLevel, "Pod Security Admission level enforced (warn and audit stay restricted)");
            ns.RejectUnknownKeys();
            return new TierNamespaceSpec(group, name, level, ReasonFor(group, level, ns.KeyOf("podSecurity")));
        }

        var specs = ImmutableArray.Create(
            Read(TierGroup.ApiGateway, "apiGateway", "iris-api-gateway", PodSecurityLevel.Restricted, "API Manager (Kong) and Redis"),
            Read(TierGroup.WebGateway, "webGateway", "iris-web-gateway", PodSecurityLevel.Restricted, "The Web Gateway"),
            Read(TierGroup.Iris, "iris", "iris", PodSecurityLevel.Baseline, "IRIS data, compute and arbiter"));
        foreach (var duplicate in specs.GroupBy(s => s.Name).Where(g => g.Count() > 1))
        {
            section.Reader.Error(section.Path, $"gives two tier groups the namespace '{duplicate.Key}'.", "give every tier group its own namespace, so each gets its own policies.");
        }

        section.RejectUnknownKeys();
        return specs;
    }

    // The documented reason for each namespace's level (written onto the namespace as an annotation).
    private static string ReasonFor(TierGroup group, PodSecurityLevel level, string key) => (group, level) switch
    {
        (TierGroup.Iris, PodSecurityLevel.Baseline) =>
            "IRIS pods are rendered by the InterSystems Kubernetes Operator, whose pod security context (seccomp profile, dropped capabilities) this stack cannot set; baseline still forbids privileged pods and host access, and warn/audit report every restricted gap.",
        (_, PodSecurityLevel.Restricted) =>
            "Workloads run as non-root with no privilege escalation, all capabilities dropped and seccomp RuntimeDefault.",
        _ => $"Relaxed to baseline by {key}; warn/audit report every restricted gap.",
    };

    private static TierPorts ReadPorts(ConfigSection section)
    {
        int Port(string key, int @default, string description) => section.Int(key, @default, description, 1, 65535);
        var d = TierPorts.Default;
        var ports = new TierPorts(
            Port("apiGatewayProxy", d.ApiGatewayProxy, "Kong proxy port the load balancer targets (Kong HTTPS proxy: 8443)"),
            Port("webGateway", d.WebGateway, "Web Gateway pod port (the Service maps 443 to it)"),
            Port("irisSuperserver", d.IrisSuperserver, "IRIS superserver port (Web Gateway, ECP, mirroring)"),
            Port("irisWebServer", d.IrisWebServer, "IRIS web server port"),
            Port("iscAgent", d.IscAgent, "ISCAgent port of mirror members and the arbiter"),
            Port("redis", d.Redis, "Redis port"));
        section.RejectUnknownKeys();
        return ports;
    }

    private static StorageSpec ReadStorage(ConfigSection section)
    {
        var name = section.String("className", "gp3-encrypted", "Name of the default StorageClass",
            n => DnsSubdomainPattern().IsMatch(n) && n != "gp2" ? null : $"'{n}' is not a usable StorageClass name (a DNS subdomain other than gp2).",
            "use a name such as gp3-encrypted.");
        var reclaim = section.Enum("reclaimPolicy", StorageReclaimPolicy.Retain, "Whether volumes outlive their claims (retain) or are deleted with them");
        section.RejectUnknownKeys();
        return new StorageSpec(name, reclaim);
    }

    private static LoadBalancerControllerSpec ReadLoadBalancerController(ConfigSection section)
    {
        var chart = section.String("chartVersion", "1.13.4", "Version of the eks/aws-load-balancer-controller chart (keep the IAM policy in step)",
            v => ChartVersionPattern().IsMatch(v) ? null : $"'{v}' is not a chart version such as 1.13.4.");
        var ssl = section.String("sslPolicy", ElbSecurityPolicies.Recommended, "ELB security policy of every TLS listener",
            p => ElbSecurityPolicies.IsTls12OrNewer(p) ? null : $"'{p}' allows protocols older than TLS 1.2.",
            $"use a TLS 1.2+ policy such as {ElbSecurityPolicies.Recommended}.");
        var scheme = section.Enum("scheme", LoadBalancerScheme.Internal, "Scheme enforced for every Ingress of the alb class");
        var inbound = section.StringList("inboundCidrs", [], "Sources allowed to reach the load balancers (default: the VPC CIDR)",
            c => Ipv4Cidr.TryParse(c, out var problem) is { Prefix: 0 } ? "0.0.0.0/0 is the insecure default this setting exists to replace." : problem,
            "list the networks that may connect, e.g. the VPC CIDR.");
        if (scheme == LoadBalancerScheme.InternetFacing && inbound.IsEmpty)
        {
            section.Error("inboundCidrs", "is empty, but scheme is internetFacing.", "list the networks allowed to reach the internet-facing load balancers.");
        }

        section.RejectUnknownKeys();
        return new LoadBalancerControllerSpec(chart, ssl, scheme, [.. inbound.Select(Ipv4Cidr.Parse)]);
    }

    [GeneratedRegex(@"^1\.[0-9]{2}$")]
    private static partial Regex KubernetesVersionPattern();

    [GeneratedRegex(@"^arn:aws(-cn|-us-gov)?:iam::[0-9]{12}:role/[A-Za-z0-9+=,.@_/-]+$")]
    private static partial Regex RoleArnPattern();

    [GeneratedRegex(@"^[a-z][a-z0-9-]{0,23}$")]
    private static partial Regex NodeGroupNamePattern();

    [GeneratedRegex(@"^[a-z][a-z0-9-]*\.[a-z0-9]+$")]
    private static partial Regex InstanceTypePattern();

    [GeneratedRegex(@"^[a-z0-9]([-a-z0-9.]{0,251}[a-z0-9])?$")]
    private static partial Regex DnsSubdomainPattern();

    [GeneratedRegex(@"^[0-9]+\.[0-9]+\.[0-9]+$")]
    private static partial Regex ChartVersionPattern();
}
