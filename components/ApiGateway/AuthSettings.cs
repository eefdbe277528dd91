using IrisStack.Components.Collections;
using IrisStack.Components.Config;

namespace IrisStack.Components.ApiGateway;

/// <summary>How every non-public route is authenticated.</summary>
/// <param name="Plugin">openid-connect or jwt.</param>
/// <param name="Issuer">The token issuer (<c>iss</c>); for openid-connect its discovery URL base.</param>
/// <param name="Audience">Audiences a token must carry (openid-connect's <c>audience_required</c>).</param>
/// <param name="PublicKeyPem">The issuer's RSA public key (jwt only).</param>
/// <param name="ClaimsToVerify">Registered claims checked (jwt: <c>exp</c>, <c>nbf</c>).</param>
/// <param name="MaximumExpiration">Longest token lifetime accepted in seconds (jwt; 0 = unbounded).</param>
public sealed record AuthSettings(
    AuthPlugin Plugin,
    string Issuer,
    EquatableArray<string> Audience,
    string PublicKeyPem,
    EquatableArray<string> ClaimsToVerify,
    int MaximumExpiration)
{
    /// <summary>Reads <c>apiGateway.auth</c>.</summary>
    public static AuthSettings Read(ConfigSection section)
    {
        var plugin = section.Enum("plugin", AuthPlugin.OpenIdConnect, "Plugin that authenticates every non-public route");
        var issuer = section.String("issuer", string.Empty, "Token issuer: the iss claim; for openIdConnect its https URL");
        var audience = section.StringList("audience", [], "Audiences a token must carry (openIdConnect)");
        var key = section.String("publicKeyPem", string.Empty, "The issuer's RSA public key in PEM (jwt)");
        var claims = section.StringList("claimsToVerify", ["exp"], "Registered claims the jwt plugin verifies (exp, nbf)",
            c => c is "exp" or "nbf" ? null : $"'{c}' is not a claim the jwt plugin verifies (exp, nbf).");
        var maxExpiration = section.Int("maximumExpiration", 3600, "Longest token lifetime accepted in seconds (jwt); 0 = unbounded", 0, 31536000);
        if (issuer.Length == 0)
        {
            section.Error("issuer", "is not set, so no token could be checked and every non-public route would refuse all requests.", "set the identity provider's issuer, e.g. https://idp.example.com/realms/iris.");
        }
        else if (plugin == AuthPlugin.OpenIdConnect && !issuer.StartsWith("https://", StringComparison.Ordinal))
        {
            section.Error("issuer", $"'{issuer}' is not an https URL; openid-connect fetches the discovery document and keys from it.", "set the issuer's https URL.");
        }

        if (plugin == AuthPlugin.Jwt && !key.Contains("-----BEGIN PUBLIC KEY-----", StringComparison.Ordinal))
        {
            section.Error("publicKeyPem", "holds no PEM public key, and the jwt plugin has no JWKS: without the issuer's key no token verifies.", "paste the issuer's RSA public key (-----BEGIN PUBLIC KEY----- …), or use plugin: openIdConnect.");
        }

        if (plugin == AuthPlugin.Jwt && maxExpiration > 0 && !claims.Contains("exp"))
        {
            section.Error("claimsToVerify", "omits exp while maximumExpiration is set; Kong requires exp to bound a token's lifetime.", "add exp to claimsToVerify.");
        }

        section.RejectUnknownKeys();
        return new AuthSettings(plugin, issuer, audience, key, claims, maxExpiration);
    }
}
