namespace IrisStack.Components.Data.Security;

/// <summary>
/// TLS on the system default superserver (SAG §13: there is no per-service TLS flag; the superserver
/// carries client, Web Gateway, ECP and mirror connections). The numeric value of
/// <c>SSLSupportLevel</c> is unconfirmed, so the whole <c>ModifyServer</c> line sits behind
/// <c>superserverTls.required</c>.
/// </summary>
/// <param name="Required">Whether the merge files require TLS on the superserver (the switch; default on).</param>
/// <param name="Port">The superserver port that identifies the <c>Security.Servers</c> record.</param>
/// <param name="SslConfig">The TLS configuration the superserver uses.</param>
public sealed record SuperserverTls(bool Required, int Port, string SslConfig)
{
    /// <summary>
    /// The <c>SSLSupportLevel</c> taken to mean Required: the UI lists Disabled / Enabled / Required,
    /// read here as 0 / 1 / 2. Unconfirmed (iris.md §2.7, §6.3); check it on a real instance.
    /// </summary>
    public const int RequiredSupportLevel = 2;
}
