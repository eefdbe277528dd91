using System.Collections.Immutable;
using System.Globalization;
using System.Net;

namespace IrisStack.Policies.Rules.ApiGateway;

/// <summary>One entry of a kong.conf <c>*_listen</c> setting: <c>address:port</c> and its flags (<c>127.0.0.1:8444 http2 ssl</c>).</summary>
/// <param name="Entry">The entry as written.</param>
/// <param name="Address">The address (<c>0.0.0.0</c>, <c>[::1]</c>, a name).</param>
/// <param name="Port">The port, or null when the entry names none.</param>
/// <param name="Flags">The flags after the address (<c>ssl</c>, <c>http2</c>, <c>reuseport</c>, ...).</param>
public sealed record KongListener(string Entry, string Address, int? Port, ImmutableHashSet<string> Flags)
{
    /// <summary>Parses one entry.</summary>
    public static KongListener Parse(string entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var parts = entry.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var endpoint = parts.Length > 0 ? parts[0] : string.Empty;
        var colon = endpoint.LastIndexOf(':');
        var hasPort = colon > 0 && !endpoint.EndsWith(']') && int.TryParse(endpoint[(colon + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out _);
        return new KongListener(
            entry,
            hasPort ? endpoint[..colon] : endpoint,
            hasPort ? int.Parse(endpoint[(colon + 1)..], CultureInfo.InvariantCulture) : null,
            [.. parts.Skip(1)]);
    }

    /// <summary>Whether the address is a loopback one (127.0.0.0/8 or [::1]): reachable from inside the pod only.</summary>
    public bool IsLoopback => IPAddress.TryParse(Address.Trim('[', ']'), out var ip) && IPAddress.IsLoopback(ip);

    /// <summary>Whether the listener speaks TLS.</summary>
    public bool IsTls => Flags.Contains("ssl");
}
