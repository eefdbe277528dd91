using System.Globalization;
using IrisStack.Components.Cluster;
using IrisStack.Components.Collections;
using IrisStack.Components.Config;
using IrisStack.Components.Graph;
using IrisStack.Components.Kubernetes;

namespace IrisStack.Components.Data.Iko;

/// <summary>
/// The InterSystems Kubernetes Operator (<c>iris-stack:data.operator</c>): the pinned chart and
/// operator image, the registry login its pull Secrets carry, its namespace's Pod Security level,
/// the IRIS ports it may reach, and the disruption budgets on the pods it creates. Facts and what
/// is unconfirmed: components/Data/README.md.
/// </summary>
/// <param name="Chart">The chart: an OCI reference with a version, or a local archive.</param>
/// <param name="Image">The operator image, pinned to a tag (the chart takes registry, repository and tag).</param>
/// <param name="ReleaseName">The Helm release's name (the operator Deployment is named from it).</param>
/// <param name="Namespace">The operator's own namespace.</param>
/// <param name="PodSecurity">The Pod Security level that namespace enforces (warn and audit stay restricted).</param>
/// <param name="Registry">The containers.intersystems.com login, both parts secrets.</param>
/// <param name="UseIrisFsGroup">
/// The chart's <c>useIrisFsGroup</c>: volumes get IRIS's group at mount instead of a root init
/// container chowning them (InterSystems community article, unconfirmed per IKO version).
/// </param>
/// <param name="IrisPorts">IRIS pod ports the operator's pods may open; none found documented, so none by default.</param>
/// <param name="WebhookPort">The operator pod's admission webhook port the control plane calls (unconfirmed).</param>
/// <param name="DataDisruptionBudget">A budget keeping one of the two mirror members up during drains.</param>
/// <param name="ComputeDisruptionBudget">A budget over the compute pods (IKO's compute label is unconfirmed).</param>
public sealed record OperatorConfig(
    OperatorChart Chart,
    string Image,
    string ReleaseName,
    string Namespace,
    PodSecurityLevel PodSecurity,
    RegistryCredentials Registry,
    bool UseIrisFsGroup,
    EquatableArray<int> IrisPorts,
    int WebhookPort,
    bool DataDisruptionBudget,
    bool ComputeDisruptionBudget)
{
    /// <summary>The scheme of an OCI chart reference.</summary>
    public const string OciScheme = "oci://";

    /// <summary>The operator's namespace unless the stack names another.</summary>
    public const string DefaultNamespace = "iris-operator";

    /// <summary>Where these settings were read from.</summary>
    public SettingsPath Settings { get; init; } = SettingsPath.Stack("data.operator");

    /// <summary>Why the operator's namespace enforces its level, recorded on the namespace.</summary>
    public string PodSecurityReason => PodSecurity switch
    {
        PodSecurityLevel.Baseline =>
            "The IKO chart's pod and container security context (seccomp profile, dropped capabilities, non-root) is not documented, so restricted might refuse the operator; baseline still forbids privileged pods and host access, and warn/audit report every restricted gap.",
        PodSecurityLevel.Restricted =>
            $"Set to restricted by {Settings.KeyOf("podSecurity")}: the chart in use runs the operator non-root with no privilege escalation, all capabilities dropped and seccomp RuntimeDefault.",
        _ => throw new ArgumentOutOfRangeException(nameof(PodSecurity), PodSecurity, "Unknown Pod Security level."),
    };

    /// <summary>The default chart: the WRC kit's IKO 3.6.7 chart, packaged into the project's charts folder.</summary>
    public const string DefaultChart = "./charts/iris-operator-3.6.7.tgz";

    /// <summary>The default operator image, of the default chart's IKO version.</summary>
    public const string DefaultImage = RegistryCredentials.Server + "/intersystems/iris-operator-amd:3.6.7.100";

    /// <summary>The start of the registry login's input names, for a stack that leaves them unset.</summary>
    public const string RegistryInputPrefix = "data.operator.registry.";

    /// <summary>Reads and validates the section; the offline preview cannot fetch a chart, so only its form is checked.</summary>
    public static OperatorConfig Read(ConfigSection section)
    {
        ArgumentNullException.ThrowIfNull(section);
        // The chart comes only with the WRC kit, so the default is where a user puts it, not something we ship.
        var chartText = section.String("chart", DefaultChart, "The IKO chart: oci://<registry>/<path>/iris-operator (with chartVersion) or a local .tgz packaged from the WRC kit's chart/iris-operator (the default path is not shipped: put it there)",
            ChartProblem);
        var version = section.String("chartVersion", string.Empty, "Chart version of an oci:// chart (required there; an archive is its own version)");
        var chart = ReadChart(section, chartText, version);
        var image = section.String("image", DefaultImage, "Operator image of the chart's IKO version, pinned to a tag", ImageProblem);
        var release = section.String("releaseName", "intersystems", "Helm release name of the operator",
            n => KubernetesNames.IsDnsLabel(n) && n.Length <= 53 ? null : $"'{n}' is not a lower-case DNS label of at most 53 characters (Helm's limit).");
        var ns = section.String("namespace", DefaultNamespace, "The operator's own namespace (default-deny, Pod Security labels)",
            n => KubernetesNames.IsDnsLabel(n) && n is not ("default" or "kube-system" or "kube-public" or "kube-node-lease")
                ? null
                : $"'{n}' is not a usable namespace name (a DNS label, not default or kube-*).");
        var level = section.Enum("podSecurity", PodSecurityLevel.Baseline, "Pod Security Admission level the operator's namespace enforces (warn and audit stay restricted); restricted only once the chart is known to comply");
        var registry = section.Section("registry", "The containers.intersystems.com login of the pull Secrets (operator and IRIS namespaces)");
        // Unset, each stays an input the deployment must be given: a stack file in git holds no login.
        var username = registry.Secret("username", "Registry user name (pulumi config set --secret); unset, a deployment refuses to start until it is set", required: false)
            ?? new SecretValue(new ExternalInput(RegistryInputPrefix + "username"));
        var password = registry.Secret("password", "Registry password or Docker login token (pulumi config set --secret); lands only in kubernetes.io/dockerconfigjson Secrets; unset, a deployment refuses to start until it is set", required: false)
            ?? new SecretValue(new ExternalInput(RegistryInputPrefix + "password"));
        registry.RejectUnknownKeys();
        var fsGroup = section.Bool("useIrisFsGroup", true, "Chart value useIrisFsGroup: volumes get IRIS's group at mount, no root init container (unconfirmed per IKO version)");
        var ports = section.StringList("irisPorts", [], "IRIS pod ports the operator may open (none documented; empty = none)",
            p => int.TryParse(p, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n is >= 1 and <= 65535 ? null : $"'{p}' is not a port (1..65535).");
        var webhook = section.Int("webhookPort", 8443, "Operator pod port of its admission webhooks, which the control plane calls (unconfirmed)", 1, 65535);
        var dataBudget = section.Bool("dataDisruptionBudget", true, "PodDisruptionBudget keeping one mirror member up during drains (mirrored clusters only)");
        var computeBudget = section.Bool("computeDisruptionBudget", false, "PodDisruptionBudget over the compute pods (two or more); IKO's compute label is unconfirmed");
        section.RejectUnknownKeys();
        return new OperatorConfig(
            chart,
            image,
            release,
            ns,
            level,
            new RegistryCredentials(username ?? Unset, password ?? Unset),
            fsGroup,
            [.. ports.Select(p => int.Parse(p, CultureInfo.InvariantCulture))],
            webhook,
            dataBudget,
            computeBudget)
        { Settings = section.Settings };
    }

    // Only reached with errors already recorded, which the reader reports before anything is built.
    private static SecretValue Unset { get; } = new(NullValue.Instance);

    private static OperatorChart ReadChart(ConfigSection section, string chart, string version)
    {
        var oci = chart.StartsWith(OciScheme, StringComparison.Ordinal);
        if (oci && version.Length == 0)
        {
            section.Error("chartVersion", "is required for an oci:// chart, or Helm installs whatever version is newest.", "set it to the chart version of the IKO release you deploy, e.g. 3.6.7.");
        }
        else if (!oci && version.Length > 0)
        {
            section.Error("chartVersion", "is set, but the chart is an archive, whose content is its version.", "remove chartVersion, or point chart at an oci:// reference.");
        }

        return oci ? new OciOperatorChart(chart, version) : new ArchiveOperatorChart(chart);
    }

    private static string? ChartProblem(string chart)
    {
        if (chart.StartsWith(OciScheme, StringComparison.Ordinal))
        {
            var rest = chart[OciScheme.Length..];
            return rest.Contains('/', StringComparison.Ordinal) && !rest.EndsWith('/') && !rest.Contains(':', StringComparison.Ordinal) && !rest.Contains('@', StringComparison.Ordinal)
                ? null
                : $"'{chart}' is not an oci:// chart reference (oci://<registry>/<path>/<chart>, the version in chartVersion, not in a tag).";
        }

        return chart.EndsWith(".tgz", StringComparison.Ordinal) && !chart.Contains("://", StringComparison.Ordinal)
            ? null
            : $"'{chart}' is neither an oci:// reference nor a local chart archive (.tgz); a repository URL or a directory cannot be pinned.";
    }

    private static string? ImageProblem(string image) =>
        ContainerImage.Validate(image) ?? (image.Contains('@', StringComparison.Ordinal)
            ? $"'{image}' is pinned by digest, but the chart takes the image as registry, repository and tag."
            : null);
}
