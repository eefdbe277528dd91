namespace IrisStack.Components.WebGateway;

/// <summary>
/// Where one nginx runs: its listen address, files and worker user, plus how it hands a request
/// to IRIS. The two profiles (<see cref="ClusterNginxProfile"/>, <see cref="LocalNginxProfile"/>)
/// differ only in that hand-off; every security-relevant directive is rendered by the same code.
/// </summary>
/// <param name="Listen">nginx listen address (<c>8443</c>, <c>127.0.0.1:18443</c>).</param>
/// <param name="CertificateFile">TLS certificate chain (PEM).</param>
/// <param name="KeyFile">TLS private key (PEM).</param>
/// <param name="AccessLog">Where the JSON security log goes.</param>
/// <param name="ErrorLog">Where nginx's error log goes.</param>
/// <param name="PidFile">The master's pid file.</param>
/// <param name="TempRoot">A writable folder for request-body and proxy temp files.</param>
/// <param name="User">The <c>user</c> directive (workers' user and group) when the master runs as root; null otherwise.</param>
public abstract record NginxProfile(
    string Listen,
    string CertificateFile,
    string KeyFile,
    string AccessLog,
    string ErrorLog,
    string PidFile,
    string TempRoot,
    string? User)
{
    /// <summary>The directives inside an allowed location that pass the request on to IRIS.</summary>
    public abstract IReadOnlyList<string> HandOff();
}
