namespace IrisStack.Components.WebGateway;

/// <summary>
/// The local profile of <c>irisstack gateway run</c> and the runtime tests: the system nginx in a
/// private temp prefix proxies to a given upstream. The request URI reaches the upstream exactly
/// as the client sent it (proxy_pass without a URI part), as it reaches the NSD in the cluster.
/// </summary>
/// <param name="Listen">nginx listen address.</param>
/// <param name="CertificateFile">TLS certificate chain (PEM).</param>
/// <param name="KeyFile">TLS private key (PEM).</param>
/// <param name="AccessLog">The JSON security log file.</param>
/// <param name="ErrorLog">nginx's error log file.</param>
/// <param name="PidFile">The master's pid file.</param>
/// <param name="TempRoot">Writable folder for temp files.</param>
/// <param name="User">The <c>user</c> directive when the master runs as root.</param>
/// <param name="Upstream">The upstream <c>host:port</c>.</param>
public sealed record LocalNginxProfile(
    string Listen, string CertificateFile, string KeyFile, string AccessLog, string ErrorLog, string PidFile, string TempRoot, string? User,
    string Upstream) : NginxProfile(Listen, CertificateFile, KeyFile, AccessLog, ErrorLog, PidFile, TempRoot, User)
{
    /// <summary>A profile whose files all live under <paramref name="prefix"/>.</summary>
    /// <param name="prefix">The private temp prefix (absolute).</param>
    /// <param name="listen">The listen address, e.g. <c>127.0.0.1:18443</c>.</param>
    /// <param name="upstream">The upstream <c>host:port</c>.</param>
    /// <param name="runningAsRoot">Whether the master runs as root: then workers drop to nobody:nogroup.</param>
    public static LocalNginxProfile InPrefix(string prefix, string listen, string upstream, bool runningAsRoot) => new(
        listen,
        Path.Combine(prefix, "tls", "cert.pem"),
        Path.Combine(prefix, "tls", "key.pem"),
        Path.Combine(prefix, "logs", "access.log"),
        Path.Combine(prefix, "logs", "error.log"),
        Path.Combine(prefix, "nginx.pid"),
        prefix,
        runningAsRoot ? "nobody nogroup" : null,
        upstream);

    /// <inheritdoc />
    public override IReadOnlyList<string> HandOff() =>
    [
        $"proxy_pass http://{Upstream};",
        "proxy_set_header Host $host;",
        "proxy_set_header X-Forwarded-For $remote_addr;",
        "proxy_set_header X-Forwarded-Proto https;",
        "proxy_set_header X-Request-ID $request_id;",
    ];
}
