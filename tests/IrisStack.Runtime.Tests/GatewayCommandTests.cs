using System.Net;
using System.Net.Sockets;
using System.Text.RegularExpressions;
using IrisStack.Cli;
using IrisStack.Runtime.Tests.Support;

namespace IrisStack.Runtime.Tests;

/// <summary><c>irisstack gateway run</c> end to end: serves the dev stack's gateway, stops on cancellation, cleans up.</summary>
public class GatewayCommandTests
{
    [Fact]
    public async Task GatewayRun_ServesTheStack_StopsCleanly()
    {
        await using var upstream = new StubUpstream();
        var port = GatewayFixture.FreePort();
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        using var cancel = new CancellationTokenSource();
        var output = TextWriter.Synchronized(stdout);
        string Printed()
        {
            lock (output)
            {
                return stdout.ToString();
            }
        }

        var run = CliApp.RunAsync(
            ["gateway", "run", "--stack", "dev", "--cwd", RepositoryStacks.Root(), "--listen", $"127.0.0.1:{port}", "--upstream", upstream.Address],
            output, TextWriter.Synchronized(stderr), cancel.Token);

        var endpoint = new IPEndPoint(IPAddress.Loopback, port);
        try
        {
            await ServeAndStopAsync();
        }
        finally
        {
            await cancel.CancelAsync();
            await run;
        }

        async Task ServeAndStopAsync()
        {
            await WaitForAsync(() => Printed().Contains("Press Ctrl+C", StringComparison.Ordinal) || run.IsCompleted);
            Assert.False(run.IsCompleted, stderr.ToString());
            var prefix = Regex.Match(Printed(), "prefix: (.+)").Groups[1].Value.Trim();
            Assert.True(Directory.Exists(prefix));
            var certificate = RawHttps.Certificate(await File.ReadAllTextAsync(Path.Combine(prefix, "tls", "cert.pem")));

            var allowed = await RawHttps.SendAsync(endpoint, certificate, RawHttps.Get("/app/x"));
            var refused = await RawHttps.SendAsync(endpoint, certificate, RawHttps.Get("/csp/sys/UtilHome.csp"));

            Assert.Equal(200, allowed.Status);
            Assert.Equal(403, refused.Status);
            await cancel.CancelAsync();
            Assert.Equal(0, await run);
            Assert.False(Directory.Exists(prefix));
            using var probe = new TcpClient();
            await Assert.ThrowsAnyAsync<SocketException>(() => probe.ConnectAsync(endpoint));
        }
    }

    [Theory]
    [InlineData("localhost", "--listen")]
    [InlineData("127.0.0.1:0", "--listen")]
    public async Task GatewayRun_BadListen_Exit2(string listen, string expected)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var code = await CliApp.RunAsync(["gateway", "run", "--cwd", RepositoryStacks.Root(), "--listen", listen, "--upstream", "127.0.0.1:9"], stdout, stderr);

        Assert.Equal(CliApp.InvalidInput, code);
        Assert.Contains(expected, stderr.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task GatewayRun_InvalidStack_Exit2NamingTheProblem()
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var code = await CliApp.RunAsync(["gateway", "run", "--stack", "nosuchstack", "--cwd", RepositoryStacks.Root(), "--listen", "127.0.0.1:18000", "--upstream", "127.0.0.1:9"], stdout, stderr);

        Assert.Equal(CliApp.InvalidInput, code);
        Assert.Contains("error:", stderr.ToString(), StringComparison.Ordinal);
    }

    private static async Task WaitForAsync(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (!condition() && DateTime.UtcNow < deadline)
        {
            await Task.Delay(50);
        }
    }
}
