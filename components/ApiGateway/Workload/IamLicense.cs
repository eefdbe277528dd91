using IrisStack.Components.Graph;

namespace IrisStack.Components.ApiGateway.Workload;

/// <summary>
/// The seam to the data layer: where IAM fetches its licence from IRIS. IAM reads
/// <c>ISC_IRIS_URL</c> (<c>IAM:&lt;password&gt;@&lt;host&gt;:&lt;port&gt;/[&lt;prefix&gt;/]api/iam/license</c>) and, for HTTPS,
/// the CA in <c>ISC_CA_CERT</c>. The IRIS side (the <c>/api/iam</c> web application enabled, the
/// <c>IAM</c> user enabled with this password) belongs in the data layer's merge files.
/// </summary>
/// <param name="Host">The IRIS web server host IAM connects to (see the README for which one).</param>
/// <param name="Port">Its HTTPS port.</param>
/// <param name="PathPrefix">The CSPConfigName prefix before <c>api/iam/license</c>, with its trailing slash; empty for none.</param>
/// <param name="CaCertPem">The CA of that web server's certificate (PEM).</param>
/// <param name="Password">The IRIS <c>IAM</c> user's password; reaches the cluster only inside a Secret.</param>
public sealed record IamLicense(string Host, int Port, string PathPrefix, Value CaCertPem, SecretValue Password)
{
    /// <summary>The IRIS user IAM authenticates as (predefined, disabled until the data layer enables it).</summary>
    public const string User = "IAM";

    /// <summary>
    /// <c>ISC_IRIS_URL</c> as a secret. The password is inserted as it is, so it must not hold
    /// <c>@</c>, <c>:</c> or <c>/</c> (a generated alphanumeric one never does).
    /// </summary>
    public SecretValue IrisUrl() => new(InterpolationValue.Of(
        $"{User}:", Password, $"@{Host}:{Port.ToString(System.Globalization.CultureInfo.InvariantCulture)}/{PathPrefix}api/iam/license"));
}
