using Pulumi;

namespace IrisStack.Pulumi;

/// <summary>The private CA and the IRIS certificates (superserver/ECP, mirroring), the shape of <c>iris-stack:data.tls</c>.</summary>
public sealed class DataTlsArgs : ResourceArgs
{
    /// <summary>Key type of the CA and certificates: ecdsaP256 (default), ecdsaP384, rsa3072 or rsa4096.</summary>
    [Input("keyAlgorithm")]
    public string? KeyAlgorithm { get; set; }

    /// <summary>Hours of validity of the CA certificate (default 87600).</summary>
    [Input("caValidityHours")]
    public int? CaValidityHours { get; set; }

    /// <summary>Hours before the CA's expiry from which a deployment replaces it (default 8760); below caValidityHours.</summary>
    [Input("caEarlyRenewalHours")]
    public int? CaEarlyRenewalHours { get; set; }

    /// <summary>Hours of validity of each IRIS certificate (default 8760); at most caValidityHours.</summary>
    [Input("leafValidityHours")]
    public int? LeafValidityHours { get; set; }

    /// <summary>Hours before a certificate's expiry from which a deployment replaces it (default 720); below leafValidityHours.</summary>
    [Input("leafEarlyRenewalHours")]
    public int? LeafEarlyRenewalHours { get; set; }

    /// <summary>Organization (O) of the CA's and certificates' subjects (default IrisStack).</summary>
    [Input("organization")]
    public string? Organization { get; set; }
}
