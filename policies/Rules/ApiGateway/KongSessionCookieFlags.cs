using System.Collections.Immutable;
using System.Globalization;
using IrisStack.Components.Graph;

namespace IrisStack.Policies.Rules.ApiGateway;

/// <summary>
/// Every session Kong issues has a Secure, HttpOnly, SameSite=Strict cookie and ends: the session
/// plugin, and openid-connect when it keeps sessions, with non-zero idling, rolling and absolute
/// timeouts. Unset fields have Kong 3.4's defaults; the pre-3.2 names are read as Kong reads them.
/// </summary>
public sealed class KongSessionCookieFlags : KongYmlPolicy
{
    private const string Fix = "Keep the cookie flags the apigateway layer renders and set the timeouts in iris-stack:apiGateway.session (idlingTimeout, rollingTimeout, absoluteTimeout); do not edit the rendered kong.yml.";

    /// <inheritdoc />
    public override string Id => "kong-session-cookie-flags";

    /// <inheritdoc />
    public override string Description => "Every session plugin (and openid-connect that keeps sessions) sets cookies Secure, HttpOnly and SameSite=Strict, with idling, rolling and absolute timeouts above zero.";

    /// <inheritdoc />
    public override string Rationale => "A session cookie without Secure leaks over plain HTTP, without HttpOnly it is readable by injected script, with a laxer SameSite it rides cross-site requests (CSRF); a zero timeout is no timeout, so a stolen cookie works for ever.";

    /// <inheritdoc />
    public override ImmutableArray<string> PeerIds => [];

    /// <inheritdoc />
    protected override IEnumerable<Finding> Check(ResourceNode node, KongYml yml)
    {
        // Session plugin 3.4: field, the pre-3.2 shorthand, and the default (kong/plugins/session/schema.lua).
        foreach (var session in yml.Enabled("session"))
        {
            var problems = Problems(
                secure: First(session, "cookie_secure") ?? "true",
                httpOnly: First(session, "cookie_http_only", "cookie_httponly") ?? "true",
                sameSite: SameSite(First(session, "cookie_same_site", "cookie_samesite") ?? "Strict"),
                timeouts: [("idling_timeout", First(session, "idling_timeout", "cookie_idletime") ?? "900"), ("rolling_timeout", First(session, "rolling_timeout", "cookie_lifetime") ?? "3600"), ("absolute_timeout", First(session, "absolute_timeout") ?? "86400")]);
            if (problems.Count > 0)
            {
                yield return Violation(node, Property, $"{session.Describe()}: {string.Join("; ", problems)}.", Fix);
            }
        }

        // openid-connect keeps a session when auth_methods allows it (its default allows every method);
        // its session_cookie_secure has no default and its SameSite defaults to Lax.
        foreach (var oidc in yml.Enabled("openid-connect").Where(o => !o.Has("config.auth_methods") || o.List("config.auth_methods").Contains("session")))
        {
            var problems = Problems(
                secure: oidc.Config("session_cookie_secure") ?? "unset",
                httpOnly: oidc.Config("session_cookie_http_only") ?? "true",
                sameSite: oidc.Config("session_cookie_same_site") ?? "Lax",
                timeouts: [("session_idling_timeout", oidc.Config("session_idling_timeout") ?? "900"), ("session_rolling_timeout", oidc.Config("session_rolling_timeout") ?? "3600"), ("session_absolute_timeout", oidc.Config("session_absolute_timeout") ?? "86400")]);
            if (problems.Count > 0)
            {
                yield return Violation(node, Property, $"{oidc.Describe()} keeps sessions (auth_methods allows session): {string.Join("; ", problems)}.",
                    "Restrict openid-connect's auth_methods to [bearer] as the apigateway layer does, or set its session_cookie_secure: true, session_cookie_http_only: true, session_cookie_same_site: Strict and non-zero session timeouts.");
            }
        }
    }

    private static List<string> Problems(string secure, string httpOnly, string sameSite, (string Field, string Value)[] timeouts)
    {
        var problems = new List<string>();
        if (secure != "true")
        {
            problems.Add($"the cookie is not Secure (cookie secure is {secure})");
        }

        if (httpOnly != "true")
        {
            problems.Add($"the cookie is not HttpOnly ({httpOnly})");
        }

        if (sameSite != "Strict")
        {
            problems.Add($"SameSite is {sameSite}, not Strict");
        }

        foreach (var (field, value) in timeouts.Where(t => !decimal.TryParse(t.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds) || seconds <= 0))
        {
            problems.Add($"{field} is {(value.Length == 0 ? "empty" : value)}, and 0 means the session never ends that way");
        }

        return problems;
    }

    private static string? First(KongPlugin plugin, params string[] fields) => fields.Select(f => plugin.Config(f)).FirstOrDefault(v => v is not null);

    // The pre-3.2 cookie_samesite accepted "off", which 3.2+ maps to Lax.
    private static string SameSite(string value) => value == "off" ? "Lax" : value;
}
