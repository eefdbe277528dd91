using Pulumi;

namespace IrisStack.Pulumi;

/// <summary>Args of a <see cref="Data"/>: where in the cluster IRIS runs and the settings of <c>iris-stack:data</c>, validated the same way.</summary>
public sealed class DataArgs : LayerArgs
{
    /// <summary>Where in the cluster IRIS runs: a <see cref="IrisStack.Pulumi.Cluster"/> (it converts, and hands over its provider and namespace), or a namespace, StorageClass and zones of your own cluster.</summary>
    [Input("platform", required: true)]
    public DataPlatformArgs Platform { get; set; } = null!;

    /// <summary>The IRIS account the Web Gateway logs in with; the merge files create it with use of %Service_WebGateway only (default wg_login).</summary>
    [Input("webGatewayUsername")]
    public string? WebGatewayUsername { get; set; }

    /// <summary>The IrisCluster the InterSystems Kubernetes Operator runs: images, mirroring, compute pods, volumes, resources and the license key.</summary>
    [Input("cluster")]
    public IrisClusterArgs? Cluster { get; set; }

    /// <summary>The private CA and the certificates of the superserver, ECP and mirroring.</summary>
    [Input("tls")]
    public DataTlsArgs? Tls { get; set; }

    /// <summary>IRIS RBAC, auditing, password policy, services and applications, as merge files; and the accounts' password hashes.</summary>
    [Input("security")]
    public DataSecurityArgs? Security { get; set; }

    /// <summary>The InterSystems Kubernetes Operator the IrisCluster needs: pinned chart and image, the registry login (required), its namespace and disruption budgets.</summary>
    [Input("operator")]
    public DataOperatorArgs? Operator { get; set; }

    /// <summary>The backup vault and plan, and the bucket for exports and journal archives with its IRSA role.</summary>
    [Input("backups")]
    public DataBackupsArgs? Backups { get; set; }
}
