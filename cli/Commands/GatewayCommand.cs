using System.CommandLine;
using System.Net;
using System.Net.Sockets;
using IrisStack.Cli.Gateway;
using IrisStack.Components.Config;
using IrisStack.Stack;

namespace IrisStack.Cli.Commands;

/// <summary>
/// <c>irisstack gateway run</c>: the stack's hardened Web Gateway on the system nginx (local
/// profile: proxy_pass to an upstream), in the foreground until Ctrl+C or SIGTERM.
/// </summary>
internal static class GatewayCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var stack = CommonOptions.Stack();
        var cwd = CommonOptions.Cwd();
        var listen = new Option<string>("--listen") { Description = "Address to listen on, e.g. 127.0.0.1:8443", Required = true };
        var upstream = new Option<string>("--upstream") { Description = "IRIS (or a stand-in) as host:port, e.g. 127.0.0.1:52773", Required = true };
        var run = new Command("run", "Run the stack's Web Gateway nginx config locally with a fresh TLS certificate") { stack, cwd, listen, upstream, CommonOptions.NoColor() };
        run.SetAction((parsed, cancellationToken) => RunAsync(
            parsed.GetValue(cwd)!, parsed.GetValue(stack)!, parsed.GetValue(listen)!, parsed.GetValue(upstream)!, stdout, stderr, cancellationToken));
        return new Command("gateway", "The Web Gateway on the local nginx") { run };
    }

    private static async Task<int> RunAsync(DirectoryInfo cwd, string stack, string listenText, string upstream, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken)
    {
        // Both options are checked here, by name, before anything starts; the gateway's own guards are for programming errors.
        if (!IPEndPoint.TryParse(listenText, out var listen) || listen.Port == 0 || !listenText.Contains(':', StringComparison.Ordinal))
        {
            await stderr.WriteLineAsync($"error: --listen '{listenText}' is not an IP address and port (1-65535). Fix: pass e.g. --listen 127.0.0.1:8443 (IPv6: --listen [::1]:8443).");
            return CliApp.InvalidInput;
        }

        if (BindProblem(listen) is { } bindProblem)
        {
            await stderr.WriteLineAsync($"error: --listen {listen}: {bindProblem}. Fix: pass a --listen address that is free and that this user may bind (ports below 1024 need root), or stop what is using it.");
            return CliApp.InvalidInput;
        }

        if (LocalGateway.UpstreamProblem(upstream) is { } upstreamProblem)
        {
            await stderr.WriteLineAsync($"error: --upstream: {upstreamProblem}. Fix: pass IRIS (or a stand-in) as host:port, e.g. --upstream 127.0.0.1:52773.");
            return CliApp.InvalidInput;
        }

        StackConfig config;
        try
        {
            config = StackConfigLoader.Load(new StackFileConfigSource(cwd.FullName, stack));
        }
        catch (ConfigException e)
        {
            await stderr.WriteLineAsync($"error: {e.Message}");
            return CliApp.InvalidInput;
        }

        LocalGateway gateway;
        try
        {
            gateway = await LocalGateway.StartAsync(config.WebGateway, $"{config.Project}/{config.Stack}, local", listen, upstream, cancellationToken);
        }
        catch (NginxNotFoundException e)
        {
            await stderr.WriteLineAsync($"error: {e.Message}");
            return CliApp.InvalidInput;
        }
        catch (NginxConfigException e)
        {
            await stderr.WriteLineAsync($"error: nginx -t rejected the rendered configuration: {e.Message}");
            await stderr.WriteLineAsync($"Fix: check the iris-stack:webGateway settings in Pulumi.{stack}.yaml against nginx's message ('irisstack config-reference' lists them).");
            return CliApp.InvalidInput;
        }
        catch (NginxStartException e)
        {
            await stderr.WriteLineAsync($"error: nginx did not start on --listen {listen}: {e.Message}");
            await stderr.WriteLineAsync("Fix: pass a --listen address that is free and that this user may bind (ports below 1024 need root), or stop what is using it.");
            return CliApp.InvalidInput;
        }

        await using (gateway)
        {
            await stdout.WriteLineAsync($"Web Gateway ({config.Project}/{config.Stack}) listening on https://{gateway.Listen} -> http://{upstream}");
            await stdout.WriteLineAsync($"prefix: {gateway.Prefix}");
            await stdout.WriteLineAsync($"access log: {gateway.AccessLogPath}");
            await stdout.WriteLineAsync("Press Ctrl+C to stop.");
            await stdout.FlushAsync(CancellationToken.None);
            try
            {
                await gateway.WaitForExitAsync(cancellationToken);
            }
            catch (OperationCanceledException)
            {
                await stdout.WriteLineAsync("Stopping nginx.");
                return CliApp.Ok;
            }

            await stderr.WriteLineAsync($"error: nginx exited unexpectedly: {gateway.Output.Trim()}");
            await stderr.WriteLineAsync("Fix: act on nginx's message above (a --listen address taken meanwhile: pick another), then run again.");
            return CliApp.InvalidInput;
        }
    }

    // nginx only reports a taken or forbidden address after it has started (and a process already
    // listening there would even answer the readiness probe), so the address is tried first.
    private static string? BindProblem(IPEndPoint listen)
    {
        var probe = new TcpListener(listen);
        try
        {
            probe.Start();
            return null;
        }
        catch (SocketException e)
        {
            return e.SocketErrorCode switch
            {
                SocketError.AddressAlreadyInUse => "the address is already in use",
                SocketError.AccessDenied => "this user may not listen there",
                SocketError.AddressNotAvailable => "the address is not one of this machine's",
                _ => $"cannot listen there ({e.Message})",
            };
        }
        finally
        {
            probe.Stop();
        }
    }
}
