using IrisStack.Components.Config;
using IrisStack.Components.Data.Backups;
using IrisStack.Components.Data.Cluster;
using IrisStack.Components.Data.Iko;
using IrisStack.Components.Data.Pki;
using IrisStack.Components.Data.Security;

namespace IrisStack.Components.Data;

/// <summary>The data layer's settings (<c>iris-stack:data</c>), validated: the IrisCluster, its PKI, its security configuration, the operator and the backups.</summary>
/// <param name="Cluster">The IrisCluster (<c>iris-stack:data.cluster</c>).</param>
/// <param name="Tls">The private CA and certificates (<c>iris-stack:data.tls</c>).</param>
/// <param name="Security">RBAC, auditing, password policy and services, rendered as merge files (<c>iris-stack:data.security</c>).</param>
/// <param name="Operator">The InterSystems Kubernetes Operator and the registry login (<c>iris-stack:data.operator</c>).</param>
/// <param name="Backups">The backup vault and plan, the export bucket and the IRIS pods' access to it (<c>iris-stack:data.backups</c>).</param>
public sealed record DataConfig(IrisClusterConfig Cluster, PkiConfig Tls, IrisSecurityConfig Security, OperatorConfig Operator, BackupsConfig Backups)
{
    /// <summary>
    /// The starts of the names of the inputs a stack may leave unset (password hashes, the registry
    /// login) and a deployment must be given: nothing else of the layer's graph is an open input.
    /// </summary>
    public static IReadOnlyList<string> DeploymentInputPrefixes { get; } = [AccountPasswordHashes.InputPrefix, OperatorConfig.RegistryInputPrefix];

    /// <summary>Reads and validates the section; <paramref name="zones"/> are the network's zones, in order; a protected stack's data tier is mirrored by default.</summary>
    public static DataConfig Read(ConfigSection section, IReadOnlyList<string> zones, bool mirroredByDefault = false)
    {
        ArgumentNullException.ThrowIfNull(section);
        var cluster = IrisClusterConfig.Read(section.Section("cluster", "The IrisCluster the InterSystems Kubernetes Operator runs"), zones, mirroredByDefault);
        var tls = PkiConfig.Read(section.Section("tls", "The private CA and the certificates of the superserver, ECP and mirroring"));
        var security = IrisSecurityConfig.Read(section.Section("security", "IRIS RBAC, auditing, password policy, services and applications, as merge files"));
        var @operator = OperatorConfig.Read(section.Section("operator", "The InterSystems Kubernetes Operator: pinned Helm chart and image, registry login, its namespace"));
        var backups = BackupsConfig.Read(section.Section("backups", "The backup vault and plan, and the bucket for exports and journal archives"));
        section.RejectUnknownKeys();
        return new DataConfig(cluster, tls, security, @operator, backups);
    }
}
