using IrisStack.Components.Config;
using IrisStack.Components.Data.Backups;
using IrisStack.Components.Data.Cluster;
using IrisStack.Components.Data.Pki;
using IrisStack.Components.Data.Security;

namespace IrisStack.Components.Data;

/// <summary>The data layer's settings (<c>iris-stack:data</c>), validated: the IrisCluster, its PKI, its security configuration and its backups.</summary>
/// <param name="Cluster">The IrisCluster (<c>iris-stack:data.cluster</c>).</param>
/// <param name="Tls">The private CA and certificates (<c>iris-stack:data.tls</c>).</param>
/// <param name="Security">RBAC, auditing, password policy and services, rendered as merge files (<c>iris-stack:data.security</c>).</param>
/// <param name="Backups">The backup vault and plan, the export bucket and the IRIS pods' access to it (<c>iris-stack:data.backups</c>).</param>
public sealed record DataConfig(IrisClusterConfig Cluster, PkiConfig Tls, IrisSecurityConfig Security, BackupsConfig Backups)
{
    /// <summary>Reads and validates the section; <paramref name="zones"/> are the network's zones, in order.</summary>
    public static DataConfig Read(ConfigSection section, IReadOnlyList<string> zones)
    {
        ArgumentNullException.ThrowIfNull(section);
        var cluster = IrisClusterConfig.Read(section.Section("cluster", "The IrisCluster the InterSystems Kubernetes Operator runs"), zones);
        var tls = PkiConfig.Read(section.Section("tls", "The private CA and the certificates of the superserver, ECP and mirroring"));
        var security = IrisSecurityConfig.Read(section.Section("security", "IRIS RBAC, auditing, password policy, services and applications, as merge files"));
        var backups = BackupsConfig.Read(section.Section("backups", "The backup vault and plan, and the bucket for exports and journal archives"));
        section.RejectUnknownKeys();
        return new DataConfig(cluster, tls, security, backups);
    }
}
