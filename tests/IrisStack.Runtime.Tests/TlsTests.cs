using System.Net.Security;
using System.Net.Sockets;
using System.Security.Authentication;
using IrisStack.Runtime.Tests.Support;

namespace IrisStack.Runtime.Tests;

/// <summary>TLS on the real nginx: 1.2 and 1.3 only, forward-secret AEAD suites only.</summary>
public class TlsTests(DefaultGateway fixture) : IClassFixture<DefaultGateway>
{
    [Theory]
    [InlineData((ushort)0x0301)]
    [InlineData((ushort)0x0302)]
    public async Task Tls10And11_HandshakeRefused(ushort version)
    {
        var answer = await TlsProbe.HelloAsync(fixture.Gateway.Listen, version, TlsProbe.LegacySuites);

        Assert.False(answer.ServerHello);
        Assert.Equal(TlsProbe.ProtocolVersionAlert, answer.AlertDescription);
    }

    [Fact]
    public async Task Tls12_WithoutForwardSecrecy_HandshakeRefused()
    {
        var answer = await TlsProbe.HelloAsync(fixture.Gateway.Listen, 0x0303, TlsProbe.NonForwardSecretSuites);

        Assert.False(answer.ServerHello);
        Assert.Equal(TlsProbe.HandshakeFailureAlert, answer.AlertDescription);
    }

    [Fact]
    public async Task Tls12_CbcSuites_HandshakeRefused()
    {
        var answer = await TlsProbe.HelloAsync(fixture.Gateway.Listen, 0x0303, TlsProbe.CbcSuites);
        Assert.False(answer.ServerHello);
    }

    [Fact]
    public async Task Tls12_ForwardSecretAead_ProbeGetsServerHello()
    {
        var answer = await TlsProbe.HelloAsync(fixture.Gateway.Listen, 0x0303, [0xc02b, 0xc02f]);
        Assert.True(answer.ServerHello);
    }

    [Theory]
    [InlineData(SslProtocols.Tls12)]
    [InlineData(SslProtocols.Tls13)]
    public async Task Tls12And13_HandshakeSucceeds(SslProtocols protocol)
    {
        using var tcp = new TcpClient();
        await tcp.ConnectAsync(fixture.Gateway.Listen);
        await using var tls = new SslStream(tcp.GetStream());
        await tls.AuthenticateAsClientAsync(new SslClientAuthenticationOptions
        {
            TargetHost = "localhost",
            EnabledSslProtocols = protocol,
            RemoteCertificateValidationCallback = (_, certificate, _, _) => certificate is not null && certificate.GetRawCertData().AsSpan().SequenceEqual(fixture.Certificate.RawData),
        });

        Assert.Equal(protocol, tls.SslProtocol);
        Assert.Matches("(GCM|CHACHA20)", tls.NegotiatedCipherSuite.ToString());
    }
}
