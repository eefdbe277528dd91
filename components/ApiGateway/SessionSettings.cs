using IrisStack.Components.Config;
using IrisStack.Components.Graph;

namespace IrisStack.Components.ApiGateway;

/// <summary>
/// The session plugin on browser routes. Cookies are always Secure, HttpOnly and SameSite=Strict
/// and stored in the cookie itself (<c>storage: kong</c> needs a database, which DB-less Kong has not).
/// </summary>
/// <param name="CookieName">The session cookie's name.</param>
/// <param name="IdlingTimeout">Seconds of inactivity after which the session ends.</param>
/// <param name="RollingTimeout">Seconds after which the session must be renewed.</param>
/// <param name="AbsoluteTimeout">Seconds after which the session ends regardless of activity.</param>
/// <param name="Secret">The cookie encryption secret, the same on every node; null = the layer generates one.</param>
public sealed record SessionSettings(string CookieName, int IdlingTimeout, int RollingTimeout, int AbsoluteTimeout, SecretValue? Secret)
{
    /// <summary>Reads <c>apiGateway.session</c>.</summary>
    public static SessionSettings Read(ConfigSection section)
    {
        var name = section.String("cookieName", "iris_session", "Session cookie name",
            n => KongNames.IsName(n) ? null : $"'{n}' is not a plain cookie name (letters, digits, - and _).");
        var idling = Timeout(section, "idlingTimeout", 900, "Seconds of inactivity that end a session");
        var rolling = Timeout(section, "rollingTimeout", 14400, "Seconds after which a session must be renewed");
        var absolute = Timeout(section, "absoluteTimeout", 86400, "Seconds after which a session ends whatever the activity");
        if (idling > rolling || rolling > absolute)
        {
            section.Error("rollingTimeout", $"the timeouts must not grow shorter: idling {idling} ≤ rolling {rolling} ≤ absolute {absolute} does not hold.", "order them idlingTimeout ≤ rollingTimeout ≤ absoluteTimeout.");
        }

        var secret = section.Secret("secret", "Session cookie secret (32+ random characters), identical on every node; unset = the layer generates 32 letters and digits", required: false);
        section.RejectUnknownKeys();
        return new SessionSettings(name, idling, rolling, absolute, secret);
    }

    // Kong reads 0 as "no timeout": a zero here would silently keep sessions alive for ever.
    private static int Timeout(ConfigSection section, string key, int @default, string description)
    {
        var seconds = section.Int(key, @default, description, 0, 31536000);
        if (seconds == 0)
        {
            section.Error(key, "is 0, which Kong reads as no timeout at all.", $"set a number of seconds such as {@default}.");
            return @default;
        }

        return seconds;
    }
}
