using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.RegularExpressions;
using IrisStack.Components.WebGateway;

namespace IrisStack.Cli.Gateway;

/// <summary>
/// The stack's Web Gateway on the system nginx, in the local profile: what <c>irisstack gateway
/// run</c> and the runtime tests both start. Each instance gets a private temp prefix (config,
/// a fresh .NET-made certificate, logs, pid and temp files), is validated with <c>nginx -t</c>,
/// runs in the foreground and is stopped with SIGTERM; disposing removes the prefix.
/// </summary>
public sealed partial class LocalGateway : IAsyncDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(10);
    private readonly Process process;
    private readonly StringBuilder output;

    private LocalGateway(string prefix, LocalNginxProfile profile, IPEndPoint listen, string configText, PemCertificate certificate, Process process, StringBuilder output)
    {
        Prefix = prefix;
        Profile = profile;
        Listen = listen;
        ConfigText = configText;
        Certificate = certificate;
        this.process = process;
        this.output = output;
        // If the host exits without disposing (a crashed test run), nginx must not outlive it.
        AppDomain.CurrentDomain.ProcessExit += StopOnExit;
    }

    /// <summary>The private temp prefix (removed on dispose).</summary>
    public string Prefix { get; }

    /// <summary>The profile the configuration was rendered with.</summary>
    public LocalNginxProfile Profile { get; }

    /// <summary>Where the gateway listens.</summary>
    public IPEndPoint Listen { get; }

    /// <summary>The rendered nginx.conf.</summary>
    public string ConfigText { get; }

    /// <summary>The gateway's TLS certificate, so clients can pin it.</summary>
    public PemCertificate Certificate { get; }

    /// <summary>The JSON security log.</summary>
    public string AccessLogPath => Profile.AccessLog;

    /// <summary>Whether nginx has exited.</summary>
    public bool HasExited => process.HasExited;

    /// <summary>nginx's stdout and stderr so far.</summary>
    public string Output
    {
        get
        {
            lock (output)
            {
                return output.ToString();
            }
        }
    }

    /// <summary>
    /// Renders the configuration for <paramref name="listen"/> and <paramref name="upstream"/>,
    /// validates it with <c>nginx -t</c> and starts nginx in the foreground; returns once it
    /// accepts connections. Throws <see cref="NginxNotFoundException"/>, <see cref="NginxConfigException"/>
    /// (nginx's message) or <see cref="NginxStartException"/> when nginx does not come up; callers
    /// validate <paramref name="upstream"/> with <see cref="UpstreamProblem"/> first.
    /// </summary>
    public static async Task<LocalGateway> StartAsync(WebGatewayConfig config, string title, IPEndPoint listen, string upstream, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(listen);
        if (UpstreamProblem(upstream) is { } problem)
        {
            throw new ArgumentException(problem, nameof(upstream));
        }

        var nginx = NginxBinary.Locate();
        var prefix = CreatePrefix();
        try
        {
            var (profile, text, certificate) = await PrepareAsync(prefix, config, title, listen, upstream, cancellationToken);
            await TestAsync(nginx, prefix, cancellationToken);
            var output = new StringBuilder();
            var process = new Process { StartInfo = StartInfo(nginx, prefix, "-g", "daemon off;") };
            process.OutputDataReceived += (_, e) => Append(output, e.Data);
            process.ErrorDataReceived += (_, e) => Append(output, e.Data);
            process.Start();
            process.BeginOutputReadLine();
            process.BeginErrorReadLine();
            var gateway = new LocalGateway(prefix, profile, listen, text, certificate, process, output);
            await gateway.WaitUntilListeningAsync(cancellationToken);
            return gateway;
        }
        catch
        {
            DeletePrefix(prefix);
            throw;
        }
    }

    /// <summary>What is wrong with an upstream address (nginx's <c>proxy_pass http://host:port</c>), or null when it is usable.</summary>
    public static string? UpstreamProblem(string upstream) =>
        !UpstreamPattern().IsMatch(upstream) ? $"'{upstream}' is not host:port (a host name, IPv4 address or [IPv6] address, a colon and a port)"
        : int.Parse(upstream[(upstream.LastIndexOf(':') + 1)..], System.Globalization.CultureInfo.InvariantCulture) is < 1 or > 65535 ? $"the port of '{upstream}' is not between 1 and 65535"
        : null;

    /// <summary>Renders the configuration into a throw-away prefix and runs <c>nginx -t</c> on it, as <see cref="StartAsync"/> does.</summary>
    public static async Task ValidateAsync(WebGatewayConfig config, string title, CancellationToken cancellationToken = default)
    {
        var nginx = NginxBinary.Locate();
        var prefix = CreatePrefix();
        try
        {
            await PrepareAsync(prefix, config, title, new IPEndPoint(IPAddress.Loopback, 8443), "127.0.0.1:1", cancellationToken);
            await TestAsync(nginx, prefix, cancellationToken);
        }
        finally
        {
            DeletePrefix(prefix);
        }
    }

    /// <summary>Waits until nginx exits on its own (e.g. a fatal error).</summary>
    public Task WaitForExitAsync(CancellationToken cancellationToken) => process.WaitForExitAsync(cancellationToken);

    /// <summary>Stops nginx (SIGTERM, then kill after 5 s) and removes the prefix.</summary>
    public async ValueTask DisposeAsync()
    {
        AppDomain.CurrentDomain.ProcessExit -= StopOnExit;
        if (!process.HasExited)
        {
            Terminate(process.Id);
            using var wait = new CancellationTokenSource(TimeSpan.FromSeconds(5));
            try
            {
                await process.WaitForExitAsync(wait.Token);
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                await process.WaitForExitAsync(CancellationToken.None);
            }
        }

        process.Dispose();
        DeletePrefix(Prefix);
    }

    private void StopOnExit(object? sender, EventArgs e)
    {
        if (!process.HasExited)
        {
            Terminate(process.Id);
        }
    }

    private static string CreatePrefix()
    {
        var prefix = Directory.CreateTempSubdirectory("irisstack-gateway-").FullName;
        // As root, nginx's workers run as nobody and must traverse into their temp folders
        // (nginx creates and chowns those itself); nothing else in the prefix is readable to them.
        SetMode(prefix, Environment.IsPrivilegedProcess
            ? UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute
            : UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        return prefix;
    }

    private static async Task<(LocalNginxProfile Profile, string Text, PemCertificate Certificate)> PrepareAsync(
        string prefix, WebGatewayConfig config, string title, IPEndPoint listen, string upstream, CancellationToken cancellationToken)
    {
        var profile = LocalNginxProfile.InPrefix(prefix, listen.ToString(), upstream, Environment.IsPrivilegedProcess);
        var privateFolder = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;
        foreach (var folder in new[] { "tls", "logs" })
        {
            Directory.CreateDirectory(Path.Combine(prefix, folder));
            SetMode(Path.Combine(prefix, folder), privateFolder);
        }

        var certificate = SelfSignedCertificate.Create(["localhost"], [listen.Address, IPAddress.Loopback]);
        await File.WriteAllTextAsync(profile.CertificateFile, certificate.CertificatePem, cancellationToken);
        await File.WriteAllTextAsync(profile.KeyFile, certificate.PrivateKeyPem, cancellationToken);
        SetMode(profile.KeyFile, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        var text = NginxConfigRenderer.Render(config, profile, title);
        await File.WriteAllTextAsync(ConfigPath(prefix), text, cancellationToken);
        return (profile, text, certificate);
    }

    private static async Task TestAsync(string nginx, string prefix, CancellationToken cancellationToken)
    {
        using var test = Process.Start(StartInfo(nginx, prefix, "-t", "-q")) ?? throw new NginxStartException($"could not start {nginx}.");
        var stderr = test.StandardError.ReadToEndAsync(cancellationToken);
        var stdout = test.StandardOutput.ReadToEndAsync(cancellationToken);
        await test.WaitForExitAsync(cancellationToken);
        if (test.ExitCode != 0)
        {
            throw new NginxConfigException((await stderr + await stdout).Trim());
        }
    }

    private static ProcessStartInfo StartInfo(string nginx, string prefix, params string[] extra)
    {
        var info = new ProcessStartInfo(nginx)
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { "-e", "stderr", "-p", prefix + "/", "-c", ConfigPath(prefix) }.Concat(extra))
        {
            info.ArgumentList.Add(argument);
        }

        return info;
    }

    private static void SetMode(string path, UnixFileMode mode)
    {
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(path, mode);
        }
    }

    private static string ConfigPath(string prefix) => Path.Combine(prefix, "nginx.conf");

    private static void Append(StringBuilder output, string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (output)
        {
            output.AppendLine(line);
        }
    }

    private static void DeletePrefix(string prefix)
    {
        try
        {
            Directory.Delete(prefix, recursive: true);
        }
        catch (IOException)
        {
            // A worker still closing a temp file; the OS temp cleaner removes the rest.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }

    private async Task WaitUntilListeningAsync(CancellationToken cancellationToken)
    {
        var deadline = DateTime.UtcNow + StartTimeout;
        while (DateTime.UtcNow < deadline)
        {
            if (process.HasExited)
            {
                throw new NginxStartException($"nginx exited with code {process.ExitCode}: {Output.Trim()}");
            }

            using var probe = new TcpClient();
            try
            {
                await probe.ConnectAsync(Listen, cancellationToken);
                return;
            }
            catch (SocketException)
            {
                await Task.Delay(50, cancellationToken);
            }
        }

        await DisposeAsync();
        throw new NginxStartException($"nginx did not listen on {Listen} within {StartTimeout.TotalSeconds} s: {Output.Trim()}");
    }

    // .NET has no managed way to send SIGTERM; the shell's kill builtin is always there.
    private static void Terminate(int pid)
    {
        using var kill = Process.Start(new ProcessStartInfo("/bin/sh") { ArgumentList = { "-c", $"kill -TERM {pid}" }, UseShellExecute = false });
        kill?.WaitForExit();
    }

    [GeneratedRegex(@"^[A-Za-z0-9.-]+:[0-9]{1,5}$|^\[[0-9a-fA-F:]+\]:[0-9]{1,5}$")]
    private static partial Regex UpstreamPattern();
}
