using IrisStack.Components.Tls;
using YamlDotNet.RepresentationModel;

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
        ArgumentNullException.ThrowIfNull(caSubject);
        // The representation model, not the object serializer: it needs no reflection, which the trimmed tool lacks.
        var certificates = new YamlMappingNode();
        foreach (var (secret, request) in pki.Certificates)
        {
            certificates.Add(secret, new YamlMappingNode(
                Pair("allowedUses", new YamlSequenceNode(request.AllowedUses.Select(u => new YamlScalarNode(u)))),
                Pair("dnsNames", new YamlSequenceNode(request.DnsNames.Select(n => new YamlScalarNode(n)))),
                Pair("earlyRenewalHours", Number(request.Validity.EarlyRenewalHours)),
                Pair("keyAlgorithm", new YamlScalarNode(request.Algorithm.ToString())),
                Pair("secretKeys", new YamlSequenceNode(new YamlScalarNode("tls.crt"), new YamlScalarNode("tls.key"), new YamlScalarNode("ca.pem"))),
                Pair("subject", Subject(request.Subject)),
                Pair("validityHours", Number(request.Validity.ValidityHours))));
        }

        var document = new YamlMappingNode(
            Pair("ca", new YamlMappingNode(
                Pair("earlyRenewalHours", Number(config.Ca.EarlyRenewalHours)),
                Pair("keyAlgorithm", new YamlScalarNode(config.KeyAlgorithm.ToString())),
                Pair("subject", Subject(caSubject)),
                Pair("validityHours", Number(config.Ca.ValidityHours)))),
            Pair("certificates", certificates));
        using var writer = new StringWriter { NewLine = "\n" };
        new YamlStream(new YamlDocument(document)).Save(writer, assignAnchors: false);
        // Save closes the document with "...", which a single-document file does not need.
        var yaml = writer.ToString().Replace("\n...\n", "\n", StringComparison.Ordinal);
        return "# The IRIS PKI's public parts; certificates and keys are made at deployment and kept in Secrets.\n" + yaml;
    }

    private static KeyValuePair<YamlNode, YamlNode> Pair(string key, YamlNode value) => new(new YamlScalarNode(key), value);

    private static YamlScalarNode Number(int value) => new(value.ToString(System.Globalization.CultureInfo.InvariantCulture));

    private static YamlMappingNode Subject(TlsSubject subject) => subject.Organization is { } organization
        ? new YamlMappingNode(Pair("commonName", new YamlScalarNode(subject.CommonName)), Pair("organization", new YamlScalarNode(organization)))
        : new YamlMappingNode(Pair("commonName", new YamlScalarNode(subject.CommonName)));
}
