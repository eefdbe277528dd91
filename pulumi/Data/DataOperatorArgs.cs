using Pulumi;

namespace IrisStack.Pulumi;

/// <summary>The InterSystems Kubernetes Operator (IKO): its pinned Helm chart and image, the registry login, its namespace; the shape of <c>iris-stack:data.operator</c>.</summary>
public sealed class DataOperatorArgs : ResourceArgs
{
    /// <summary>The IKO chart: oci://&lt;registry&gt;/&lt;path&gt;/iris-operator (with chartVersion) or a local .tgz packaged from the WRC kit's chart/iris-operator (default ./charts/iris-operator-3.6.7.tgz, which is not shipped: put it there).</summary>
    [Input("chart")]
    public string? Chart { get; set; }

    /// <summary>Chart version of an oci:// chart (required there; an archive is its own version).</summary>
    [Input("chartVersion")]
    public string? ChartVersion { get; set; }

    /// <summary>Operator image of the chart's IKO version, pinned to a tag (default containers.intersystems.com/intersystems/iris-operator-amd:3.6.7.100).</summary>
    [Input("image")]
    public string? Image { get; set; }

    /// <summary>Helm release name of the operator (default intersystems).</summary>
    [Input("releaseName")]
    public string? ReleaseName { get; set; }

    /// <summary>The operator's own namespace (default-deny, Pod Security labels).</summary>
    [Input("namespace")]
    public string? Namespace { get; set; }

    /// <summary>Pod Security Admission level the operator's namespace enforces: baseline (default) or restricted (only once the chart is known to comply); warn and audit stay restricted.</summary>
    [Input("podSecurity")]
    public string? PodSecurity { get; set; }

    /// <summary>The containers.intersystems.com login of the image pull Secrets (operator and IRIS namespaces). Required.</summary>
    [Input("registry")]
    public DataOperatorRegistryArgs? Registry { get; set; }

    /// <summary>Chart value useIrisFsGroup: volumes get IRIS's group at mount, no root init container (default true; unconfirmed per IKO version).</summary>
    [Input("useIrisFsGroup")]
    public bool? UseIrisFsGroup { get; set; }

    /// <summary>IRIS pod ports the operator may open (none documented; default none).</summary>
    [Input("irisPorts")]
    public List<int>? IrisPorts { get; set; }

    /// <summary>Operator pod port of its admission webhooks, which the control plane calls (default 8443; unconfirmed).</summary>
    [Input("webhookPort")]
    public int? WebhookPort { get; set; }

    /// <summary>PodDisruptionBudget keeping one mirror member up during drains (mirrored clusters only; default true).</summary>
    [Input("dataDisruptionBudget")]
    public bool? DataDisruptionBudget { get; set; }

    /// <summary>PodDisruptionBudget over the compute pods (two or more; default false); IKO's compute label is unconfirmed.</summary>
    [Input("computeDisruptionBudget")]
    public bool? ComputeDisruptionBudget { get; set; }
}
