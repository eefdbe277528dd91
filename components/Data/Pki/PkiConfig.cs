using IrisStack.Components.Config;
using IrisStack.Components.Tls;

namespace IrisStack.Components.Data.Pki;

/// <summary>
/// The IRIS PKI settings (mounted at <c>iris-stack:data.tls</c>), validated, every default applied:
/// key type, CA and certificate validity with their early renewal, and the subjects' organization.
/// </summary>
/// <param name="KeyAlgorithm">The key type of the CA and of every certificate.</param>
/// <param name="Ca">The private CA's validity and early renewal (unused when the stack CA is given).</param>
/// <param name="Leaf">Every certificate's validity and early renewal.</param>
/// <param name="Organization">The O of every subject.</param>
public sealed record PkiConfig(TlsKeyAlgorithm KeyAlgorithm, TlsValidity Ca, TlsValidity Leaf, string Organization)
{
    /// <summary>The longest validity accepted, CA or certificate: 20 years.</summary>
    public const int MaxValidityHours = 175200;

    /// <summary>X.520's upper bound on an organization name.</summary>
    public const int MaxOrganizationLength = 64;

    /// <summary>Every default, read by <see cref="Read"/> itself.</summary>
    public static PkiConfig Default { get; } = Read(ConfigReader.EmptySection("tls"));

    /// <summary>Reads and validates the section.</summary>
    public static PkiConfig Read(ConfigSection section)
    {
        ArgumentNullException.ThrowIfNull(section);
        var algorithm = section.Enum("keyAlgorithm", TlsKeyAlgorithm.EcdsaP256, "Key type of the IRIS CA and certificates");
        var ca = Validity(section, "ca", 87600, 8760, "the CA certificate");
        var leaf = Validity(section, "leaf", 8760, 720, "each IRIS certificate (superserver/ECP, mirror); at most caValidityHours");
        if (section.Has("leafValidityHours") && leaf.ValidityHours > ca.ValidityHours)
        {
            section.Error("leafValidityHours", $"{leaf.ValidityHours} exceeds caValidityHours ({ca.ValidityHours}); a certificate cannot outlive the CA that signs it.", $"set it to at most {ca.ValidityHours}, or raise caValidityHours.");
        }
        else if (leaf.ValidityHours > ca.ValidityHours)
        {
            section.Error("caValidityHours", $"{ca.ValidityHours} is below leafValidityHours ({leaf.ValidityHours}); a certificate cannot outlive the CA that signs it.", $"set it to at least {leaf.ValidityHours}, or lower leafValidityHours.");
        }

        var organization = section.String("organization", "IrisStack", $"Organization (O) of the CA's and certificates' subjects (1..{MaxOrganizationLength} characters)",
            o => o.Trim().Length == 0 ? "is empty."
                : o.Length > MaxOrganizationLength ? $"is {o.Length} characters; a subject's organization holds at most {MaxOrganizationLength}."
                : o.Any(char.IsControl) ? "contains a control character."
                : null,
            $"set a name of 1 to {MaxOrganizationLength} printable characters, or remove it to use the default 'IrisStack'.");
        section.RejectUnknownKeys();
        return new PkiConfig(algorithm, ca, leaf, organization);
    }

    // <prefix>ValidityHours and <prefix>EarlyRenewalHours; the window must end before the validity does,
    // or every deployment would replace the certificate.
    private static TlsValidity Validity(ConfigSection section, string prefix, int validityDefault, int renewalDefault, string what)
    {
        var validityKey = prefix + "ValidityHours";
        var renewalKey = prefix + "EarlyRenewalHours";
        var validity = section.Int(validityKey, validityDefault, $"Hours of validity of {what}", 24, MaxValidityHours);
        var renewal = section.Int(renewalKey, renewalDefault, $"Early renewal of {what}: hours before expiry from which a deployment replaces it; below {validityKey}", 0, MaxValidityHours - 1);
        if (renewal >= validity)
        {
            var key = section.Has(renewalKey) || !section.Has(validityKey) ? renewalKey : validityKey;
            section.Error(key, $"{renewalKey} ({renewal}) is not below {validityKey} ({validity}), so every deployment would replace the certificate.",
                key == renewalKey ? $"set it below {validity}." : $"set it above {renewal}, or lower {renewalKey}.");
        }

        return new TlsValidity(validity, renewal);
    }
}
