using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace IrisStack.Cli.Gateway;

/// <summary>
/// A throw-away TLS server certificate for the local gateway, made in .NET (no openssl): RSA
/// 2048, valid for a day, for localhost and the listen address. RSA rather than ECDSA so that
/// TLS probes of static-RSA and ECDHE-RSA suites (tests, testssl.sh) test the cipher list itself.
/// </summary>
public static class SelfSignedCertificate
{
    /// <summary>Creates a certificate for the given names and addresses.</summary>
    public static PemCertificate Create(IEnumerable<string> dnsNames, IEnumerable<IPAddress> addresses)
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=irisstack-gateway-local", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var names = new SubjectAlternativeNameBuilder();
        foreach (var name in dnsNames)
        {
            names.AddDnsName(name);
        }

        foreach (var address in addresses)
        {
            names.AddIpAddress(address);
        }

        request.CertificateExtensions.Add(names.Build());
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(false, false, 0, true));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.DigitalSignature | X509KeyUsageFlags.KeyEncipherment, true));
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new Oid("1.3.6.1.5.5.7.3.1")], false));
        var now = DateTimeOffset.UtcNow;
        using var certificate = request.CreateSelfSigned(now.AddMinutes(-5), now.AddDays(1));
        return new PemCertificate(certificate.ExportCertificatePem(), key.ExportPkcs8PrivateKeyPem());
    }
}
