using IrisStack.Tests.Shared;

namespace IrisStack.Cli.Tests;

/// <summary><c>gateway run</c> option errors: named, with a fix, before nginx is looked for.</summary>
public sealed class GatewayCommandTests
{
    [Theory]
    [InlineData("localhost:8443")]
    [InlineData("127.0.0.1")]
    [InlineData("8443")]
    [InlineData("127.0.0.1:0")]
    public async Task Run_BadListen_Exits2NamingTheOptionAndTheFix(string listen)
    {
        var run = await CliRun.Of("gateway", "run", "--cwd", RepoPaths.Root, "--listen", listen, "--upstream", "127.0.0.1:52773");

        Assert.Equal((CliApp.InvalidInput, string.Empty), (run.ExitCode, run.Stdout));
        Assert.StartsWith($"error: --listen '{listen}' is not an IP address and port", run.Stderr, StringComparison.Ordinal);
        Assert.Contains("Fix: pass e.g. --listen 127.0.0.1:8443", run.Stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("iris", "is not host:port")]
    [InlineData("http://iris:52773", "is not host:port")]
    [InlineData("iris:70000", "is not between 1 and 65535")]
    public async Task Run_BadUpstream_Exits2NamingTheOptionAndTheFix(string upstream, string problem)
    {
        var run = await CliRun.Of("gateway", "run", "--cwd", RepoPaths.Root, "--listen", "127.0.0.1:8443", "--upstream", upstream);

        Assert.Equal((CliApp.InvalidInput, string.Empty), (run.ExitCode, run.Stdout));
        Assert.StartsWith("error: --upstream: ", run.Stderr, StringComparison.Ordinal);
        Assert.Contains(problem, run.Stderr, StringComparison.Ordinal);
        Assert.Contains("Fix: pass IRIS (or a stand-in) as host:port", run.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("(Parameter", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_ListenAddressInUse_Exits2BeforeStartingNginx()
    {
        using var taken = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        taken.Start();
        var address = taken.LocalEndpoint.ToString()!;

        var run = await CliRun.Of("gateway", "run", "--cwd", RepoPaths.Root, "--listen", address, "--upstream", "127.0.0.1:52773");

        Assert.Equal((CliApp.InvalidInput, string.Empty), (run.ExitCode, run.Stdout));
        Assert.StartsWith($"error: --listen {address}: the address is already in use. Fix: ", run.Stderr, StringComparison.Ordinal);
    }
}
