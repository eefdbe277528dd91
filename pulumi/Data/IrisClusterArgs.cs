using Pulumi;

namespace IrisStack.Pulumi;

/// <summary>The IrisCluster the InterSystems Kubernetes Operator reconciles, the shape of <c>iris-stack:data.cluster</c>.</summary>
public sealed class IrisClusterArgs : ResourceArgs
{
    /// <summary>IrisCluster name (a DNS label of at most 40 characters, default iris); pods are named &lt;name&gt;-data-0, &lt;name&gt;-compute-N, &lt;name&gt;-arbiter-0.</summary>
    [Input("name")]
    public string? Name { get; set; }

    /// <summary>IRIS image of the data and compute nodes, pinned to a tag or digest.</summary>
    [Input("irisImage")]
    public string? IrisImage { get; set; }

    /// <summary>Arbiter image, pinned to a tag or digest.</summary>
    [Input("arbiterImage")]
    public string? ArbiterImage { get; set; }

    /// <summary>Mirror the data tier: two members in two zones and an arbiter in a third (default false).</summary>
    [Input("mirrored")]
    public bool? Mirrored { get; set; }

    /// <summary>Zones of the data nodes (default: the platform's first zones).</summary>
    [Input("dataZones")]
    public List<string>? DataZones { get; set; }

    /// <summary>Zone of the arbiter, apart from the data zones (default: the platform's third zone); mirrored only.</summary>
    [Input("arbiterZone")]
    public string? ArbiterZone { get; set; }

    /// <summary>Compute (ECP application server) pods, 0 to 16 (default 1); the Web Gateway talks to these.</summary>
    [Input("computeReplicas")]
    public int? ComputeReplicas { get; set; }

    /// <summary>Volume sizes of the data nodes, which hold the databases.</summary>
    [Input("storage")]
    public IrisStorageArgs? Storage { get; set; }

    /// <summary>Volume sizes of the compute nodes (their own IRISSYS, IRISTEMP and journals, not the application databases).</summary>
    [Input("computeStorage")]
    public IrisStorageArgs? ComputeStorage { get; set; }

    /// <summary>Container CPU and memory requests and limits of the IRIS nodes.</summary>
    [Input("resources")]
    public PodResourcesArgs? Resources { get; set; }

    /// <summary>The iris.key content, as a secret Output; it reaches the cluster only in a Kubernetes Secret. Unset, IRIS runs without a license key.</summary>
    [Input("licenseKey")]
    public Input<string>? LicenseKey { get; set; }

    /// <summary>Path of the iris.key file (relative to the working directory, or absolute), read at preview and kept only as a secret; excludes licenseKey.</summary>
    [Input("licenseKeyFile")]
    public string? LicenseKeyFile { get; set; }

    /// <summary>Give a mirrored tier's data pods a required anti-affinity across zones (default true; whether IKO passes it on is unconfirmed).</summary>
    [Input("zoneAntiAffinity")]
    public bool? ZoneAntiAffinity { get; set; }

    /// <summary>Run the data and compute pods as the export ServiceAccount holding the export bucket's IRSA role (default false; whether IKO honours it is unconfirmed).</summary>
    [Input("exportServiceAccount")]
    public bool? ExportServiceAccount { get; set; }

    /// <summary>Set runAsUser/runAsGroup/fsGroup 51773 in the pod template (default true; whether IKO honours it is unconfirmed).</summary>
    [Input("podSecurityContext")]
    public bool? PodSecurityContext { get; set; }
}
