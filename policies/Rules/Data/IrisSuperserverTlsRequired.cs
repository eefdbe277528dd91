using System.Globalization;
using IrisStack.Components.Data.Security;
using IrisStack.Components.Graph;

namespace IrisStack.Policies.Rules.Data;

/// <summary>The merge files require TLS on the superserver.</summary>
public sealed class IrisSuperserverTlsRequired : IrisMergeFilePolicy
{
    private static readonly string Required = SuperserverTls.RequiredSupportLevel.ToString(CultureInfo.InvariantCulture);

    /// <inheritdoc />
    public override string Id => "iris-merge-superserver-tls-required";

    /// <inheritdoc />
    public override string Description => $"The IRIS merge files set ModifyServer SSLSupportLevel={Required} (Required; the numeric value is unconfirmed, see the data layer README) with an SSLConfig, and no server definition sets a lower level.";

    /// <inheritdoc />
    public override string Rationale => "IRIS has no per-service TLS flag: TLS is required per superserver, which carries the Web Gateway's, client, ECP and mirror connections; at Enabled a client may still connect in clear (iris.md §2.7).";

    /// <inheritdoc />
    protected override IEnumerable<Finding> Check(ResourceNode node, IReadOnlyList<(string Key, MergeFile File)> files)
    {
        var key = files.Any(f => f.Key == MergeFiles.CommonKey) ? MergeFiles.CommonKey : files[0].Key;
        var servers = files.SelectMany(f => f.File.Actions.Where(a => a.Is("ModifyServer") || a.Is("CreateServer"))).Where(a => a["SSLSupportLevel"] is not null).ToList();
        if (!servers.Any(s => s["SSLSupportLevel"]?.Trim() == Required && !string.IsNullOrWhiteSpace(s["SSLConfig"])))
        {
            yield return Violation(node, key, "No merge file requires TLS on the superserver (ModifyServer with SSLSupportLevel=" + Required + " and an SSLConfig).",
                "Require TLS on the superserver in common.cpf.", "superserverTls.required", "true");
        }

        foreach (var server in servers.Where(s => s["SSLSupportLevel"]?.Trim() != Required))
        {
            yield return Violation(node, key, $"{server.Name}:Port={server["Port"]} sets SSLSupportLevel={server["SSLSupportLevel"]}, below Required.",
                "Remove the line or set SSLSupportLevel=" + Required + ".", "superserverTls.required", "true");
        }
    }
}
