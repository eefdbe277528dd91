using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;

namespace IrisStack.Runtime.Tests.Support;

/// <summary>
/// Sends a hand-built TLS ClientHello and reports the server's first record, so old protocol
/// versions and weak ciphers can be offered even though the local OpenSSL would refuse to.
/// </summary>
public static class TlsProbe
{
    /// <summary>The server's answer: a ServerHello, or an alert with its description code.</summary>
    public sealed record Answer(bool ServerHello, int? AlertDescription);

    public const int ProtocolVersionAlert = 70;

    public const int HandshakeFailureAlert = 40;

    /// <summary>TLS 1.0/1.1 era suites: ECDHE and RSA key exchange, CBC and 3DES.</summary>
    public static readonly ushort[] LegacySuites = [0xc009, 0xc00a, 0xc013, 0xc014, 0x002f, 0x0035, 0x000a];

    /// <summary>TLS 1.2 suites without forward secrecy (static RSA key exchange), GCM and CBC.</summary>
    public static readonly ushort[] NonForwardSecretSuites = [0x009c, 0x009d, 0x002f, 0x0035, 0x003c];

    /// <summary>TLS 1.2 forward-secret CBC (non-AEAD) suites.</summary>
    public static readonly ushort[] CbcSuites = [0xc009, 0xc00a, 0xc013, 0xc014, 0xc023, 0xc027];

    public static async Task<Answer> HelloAsync(IPEndPoint endpoint, ushort version, ushort[] suites)
    {
        using var tcp = new TcpClient();
        await tcp.ConnectAsync(endpoint);
        var stream = tcp.GetStream();
        await stream.WriteAsync(ClientHello(version, suites));
        var header = new byte[5];
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
        await stream.ReadExactlyAsync(header, timeout.Token);
        var body = new byte[Math.Min((header[3] << 8) | header[4], 16384)];
        await stream.ReadExactlyAsync(body, timeout.Token);
        return header[0] switch
        {
            0x16 when body[0] == 0x02 => new Answer(true, null),
            0x15 => new Answer(false, body[1]),
            _ => new Answer(false, null),
        };
    }

    private static byte[] ClientHello(ushort version, ushort[] suites)
    {
        var hello = new List<byte> { (byte)(version >> 8), (byte)version };
        hello.AddRange(RandomNumberGenerator.GetBytes(32));
        hello.Add(0);
        Add16(hello, (suites.Length + 1) * 2);
        foreach (var suite in suites.Append((ushort)0x00ff))
        {
            Add16(hello, suite);
        }

        hello.AddRange([1, 0]);
        var extensions = new List<byte>();
        // supported_groups: secp256r1, x25519, secp384r1; ec_point_formats: uncompressed.
        extensions.AddRange([0x00, 0x0a, 0x00, 0x08, 0x00, 0x06, 0x00, 0x17, 0x00, 0x1d, 0x00, 0x18]);
        extensions.AddRange([0x00, 0x0b, 0x00, 0x02, 0x01, 0x00]);
        if (version >= 0x0303)
        {
            // signature_algorithms: ecdsa_secp256r1_sha256, rsa_pss_rsae_sha256, rsa_pkcs1_sha256.
            extensions.AddRange([0x00, 0x0d, 0x00, 0x08, 0x00, 0x06, 0x04, 0x03, 0x08, 0x04, 0x04, 0x01]);
        }

        Add16(hello, extensions.Count);
        hello.AddRange(extensions);

        var handshake = new List<byte> { 0x01, (byte)(hello.Count >> 16), (byte)(hello.Count >> 8), (byte)hello.Count };
        handshake.AddRange(hello);
        var record = new List<byte> { 0x16, 0x03, 0x01 };
        Add16(record, handshake.Count);
        record.AddRange(handshake);
        return [.. record];
    }

    private static void Add16(List<byte> bytes, int value)
    {
        bytes.Add((byte)(value >> 8));
        bytes.Add((byte)value);
    }
}
