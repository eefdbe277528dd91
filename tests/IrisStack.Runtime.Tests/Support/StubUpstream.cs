using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace IrisStack.Runtime.Tests.Support;

/// <summary>
/// A tiny HTTP/1.1 server standing in for IRIS: records every request exactly as it arrives and
/// answers 200 (or 404 for paths containing /missing), closing each connection.
/// </summary>
public sealed class StubUpstream : IAsyncDisposable
{
    private readonly TcpListener listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource stop = new();
    private readonly ConcurrentQueue<RecordedRequest> requests = new();
    private readonly Task loop;

    public StubUpstream()
    {
        listener.Start();
        loop = Task.Run(AcceptAsync);
    }

    public string Address => $"127.0.0.1:{((IPEndPoint)listener.LocalEndpoint).Port}";

    public IReadOnlyList<RecordedRequest> Requests => [.. requests];

    public bool Received(string marker) => requests.Any(r => r.Target.Contains(marker, StringComparison.Ordinal));

    public async ValueTask DisposeAsync()
    {
        await stop.CancelAsync();
        listener.Stop();
        try
        {
            await loop;
        }
        catch (OperationCanceledException)
        {
        }

        stop.Dispose();
    }

    private async Task AcceptAsync()
    {
        while (!stop.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await listener.AcceptTcpClientAsync(stop.Token);
            }
            catch (Exception e) when (e is OperationCanceledException or SocketException or ObjectDisposedException)
            {
                return;
            }

            _ = Task.Run(() => ServeAsync(client));
        }
    }

    private async Task ServeAsync(TcpClient client)
    {
        using var _ = client;
        try
        {
            var stream = client.GetStream();
            var buffer = new List<byte>();
            var chunk = new byte[8192];
            int end;
            while ((end = HeaderEnd(buffer)) < 0)
            {
                var read = await stream.ReadAsync(chunk, stop.Token);
                if (read == 0)
                {
                    return;
                }

                buffer.AddRange(chunk.AsSpan(0, read));
            }

            var head = Encoding.Latin1.GetString([.. buffer.Take(end)]).Split("\r\n");
            var requestLine = head[0].Split(' ');
            var headers = head.Skip(1).Where(l => l.Contains(':', StringComparison.Ordinal))
                .GroupBy(l => l[..l.IndexOf(':', StringComparison.Ordinal)].Trim(), StringComparer.OrdinalIgnoreCase)
                .ToDictionary(g => g.Key, g => string.Join(", ", g.Select(l => l[(l.IndexOf(':', StringComparison.Ordinal) + 1)..].Trim())), StringComparer.OrdinalIgnoreCase);
            var body = buffer.Skip(end + 4).ToList();
            var length = headers.TryGetValue("Content-Length", out var text) ? int.Parse(text, System.Globalization.CultureInfo.InvariantCulture) : 0;
            while (body.Count < length)
            {
                var read = await stream.ReadAsync(chunk, stop.Token);
                if (read == 0)
                {
                    break;
                }

                body.AddRange(chunk.AsSpan(0, read));
            }

            requests.Enqueue(new RecordedRequest(requestLine[0], requestLine[1], headers, Encoding.UTF8.GetString([.. body])));
            var missing = requestLine[1].Contains("/missing", StringComparison.Ordinal);
            var content = missing ? "no such thing\n" : "upstream ok\n";
            var response = $"HTTP/1.1 {(missing ? "404 Not Found" : "200 OK")}\r\nContent-Type: text/plain\r\nContent-Length: {content.Length}\r\nConnection: close\r\n\r\n{content}";
            await stream.WriteAsync(Encoding.ASCII.GetBytes(response), stop.Token);
        }
        catch (Exception e) when (e is IOException or OperationCanceledException or SocketException)
        {
        }
    }

    private static int HeaderEnd(List<byte> buffer)
    {
        for (var i = 3; i < buffer.Count; i++)
        {
            if (buffer[i - 3] == '\r' && buffer[i - 2] == '\n' && buffer[i - 1] == '\r' && buffer[i] == '\n')
            {
                return i - 3;
            }
        }

        return -1;
    }
}
