using System.Net;
using System.Net.Security;
using System.Net.Sockets;
using System.Security.Authentication;
using System.Security.Cryptography.X509Certificates;
using System.Text;

namespace IrisStack.Runtime.Tests.Support;

/// <summary>
/// A raw HTTPS client: writes the exact request bytes given (no path normalisation, unlike
/// HttpClient) over TLS pinned to the gateway's certificate, and reads until the server closes.
/// </summary>
public static class RawHttps
{
    public static async Task<HttpResponse> SendAsync(IPEndPoint endpoint, X509Certificate2 pinned, string request, SslProtocols protocols = SslProtocols.Tls12 | SslProtocols.Tls13)
    {
        using var tcp = new TcpClient();
        await tcp.ConnectAsync(endpoint);
        await using var tls = new SslStream(tcp.GetStream(), false);
        await tls.AuthenticateAsClientAsync(new SslClientAuthenticationOptions
        {
            TargetHost = "localhost",
            EnabledSslProtocols = protocols,
            RemoteCertificateValidationCallback = (_, certificate, _, _) => certificate is not null && certificate.GetRawCertData().AsSpan().SequenceEqual(pinned.RawData),
        });
        await tls.WriteAsync(Encoding.Latin1.GetBytes(request));
        await tls.FlushAsync();
        using var reader = new MemoryStream();
        var buffer = new byte[16384];
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        try
        {
            int read;
            while ((read = await tls.ReadAsync(buffer, timeout.Token)) > 0)
            {
                reader.Write(buffer, 0, read);
            }
        }
        catch (IOException) when (reader.Length > 0)
        {
            // The server reset the connection after answering (e.g. 413 with an unread body).
        }

        return HttpResponse.Parse(Encoding.Latin1.GetString(reader.ToArray()));
    }

    /// <summary>A GET of exactly <paramref name="target"/>, with extra header lines, closing the connection after.</summary>
    public static string Get(string target, params string[] headers) => Request("GET", target, headers);

    public static string Request(string method, string target, IEnumerable<string> headers, string body = "")
    {
        var text = new StringBuilder($"{method} {target} HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n");
        foreach (var header in headers)
        {
            text.Append(header).Append("\r\n");
        }

        if (body.Length > 0)
        {
            text.Append("Content-Length: ").Append(Encoding.UTF8.GetByteCount(body)).Append("\r\n");
        }

        return text.Append("\r\n").Append(body).ToString();
    }

    /// <summary>The certificate of the gateway, from its PEM.</summary>
    public static X509Certificate2 Certificate(string pem) => X509Certificate2.CreateFromPem(pem);
}
