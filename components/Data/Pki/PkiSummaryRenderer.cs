using IrisStack.Components.Tls;
using YamlDotNet.Serialization;

namespace IrisStack.Components.Data.Pki;

/// <summary>
/// The PKI's public parts as YAML, what <c>render</c> writes before anything exists: the CA's and
/// each certificate's subject, SANs, uses, key type and validity, by the Secret holding it. The
/// PEMs and keys are made at deployment and never written.
/// </summary>
public static class PkiSummaryRenderer
{
    /// <summary>The YAML of <paramref name="pki"/>, whose CA has <paramref name="caSubject"/> and <paramref name="config"/>'s settings.</summary>
    public static string Render(PkiConfig config, IrisPkiOutputs pki, TlsSubject caSubject)
    {
        ArgumentNullException.ThrowIfNull(config);
        ArgumentNullException.ThrowIfNull(pki);
        var document = new SortedDictionary<string, object>(StringComparer.Ordinal)
        {
            ["ca"] = new SortedDictionary<string, object>(StringComparer.Ordinal)
            {
                ["subject"] = Subject(caSubject),
                ["keyAlgorithm"] = config.KeyAlgorithm.ToString(),
                ["validityHours"] = config.Ca.ValidityHours,
                ["earlyRenewalHours"] = config.Ca.EarlyRenewalHours,
            },
            ["certificates"] = new SortedDictionary<string, object>(pki.Certificates.ToDictionary(
                c => c.Key,
                c => (object)new SortedDictionary<string, object>(StringComparer.Ordinal)
                {
                    ["subject"] = Subject(c.Value.Subject),
                    ["dnsNames"] = c.Value.DnsNames.ToList(),
                    ["allowedUses"] = c.Value.AllowedUses.ToList(),
                    ["keyAlgorithm"] = c.Value.Algorithm.ToString(),
                    ["validityHours"] = c.Value.Validity.ValidityHours,
                    ["earlyRenewalHours"] = c.Value.Validity.EarlyRenewalHours,
                    ["secretKeys"] = new List<string> { "tls.crt", "tls.key", "ca.pem" },
                },
                StringComparer.Ordinal), StringComparer.Ordinal),
        };
        return "# The IRIS PKI's public parts; certificates and keys are made at deployment and kept in Secrets.\n"
            + new SerializerBuilder().WithNewLine("\n").Build().Serialize(document);
    }

    private static SortedDictionary<string, object> Subject(TlsSubject subject)
    {
        var result = new SortedDictionary<string, object>(StringComparer.Ordinal) { ["commonName"] = subject.CommonName };
        if (subject.Organization is { } organization)
        {
            result["organization"] = organization;
        }

        return result;
    }
}
