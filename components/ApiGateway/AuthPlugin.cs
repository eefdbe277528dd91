namespace IrisStack.Components.ApiGateway;

/// <summary>Which Kong plugin authenticates the non-public routes.</summary>
public enum AuthPlugin
{
    /// <summary>openid-connect (Enterprise): bearer tokens checked against the issuer's discovery document and JWKS, with audience.</summary>
    OpenIdConnect,

    /// <summary>jwt (OSS): tokens signed by one issuer's RSA key, given here; it verifies exp/nbf but no audience.</summary>
    Jwt,
}
