using System.Net;
using System.Net.Sockets;
using IrisStack.Components.Collections;
using IrisStack.Components.Config;

namespace IrisStack.Components.Edge.Waf;

/// <summary>Client networks the WAF blocks before any other rule, split by address family: a WAF IP set holds one family only.</summary>
/// <param name="Ipv4">IPv4 CIDR blocks, canonical.</param>
/// <param name="Ipv6">IPv6 CIDR blocks, canonical.</param>
public sealed record IpBlockList(EquatableArray<string> Ipv4, EquatableArray<string> Ipv6)
{
    /// <summary>Why <paramref name="entry"/> cannot go into a WAF IP set, or null when it can.</summary>
    public static string? Problem(string entry)
    {
        if (!entry.Contains(':', StringComparison.Ordinal))
        {
            return Ipv4Cidr.TryParse(entry, out var problem) is { Prefix: 0 } ? ZeroPrefix(entry) : problem;
        }

        var slash = entry.IndexOf('/', StringComparison.Ordinal);
        if (slash < 0 || !IPAddress.TryParse(entry[..slash], out var address) || address.AddressFamily != AddressFamily.InterNetworkV6)
        {
            return $"'{entry}' is not an IPv4 or IPv6 CIDR block (expected address/prefix, e.g. 203.0.113.0/24 or 2001:db8::/32).";
        }

        if (!IPNetwork.TryParse(entry, out var network))
        {
            return $"'{entry}' has an invalid prefix length (must be 0 to 128).";
        }

        // The WAF API refuses a block whose address has bits set past the prefix.
        var bytes = address.GetAddressBytes();
        var hostBitsSet = bytes.Select((b, i) => (byte)(b & ~Mask(network.PrefixLength - (8 * i)))).Any(b => b != 0);
        return hostBitsSet ? $"'{entry}' has host bits set (the block starts at {new IPNetwork(MaskedAddress(bytes, network.PrefixLength), network.PrefixLength)})."
            : network.PrefixLength == 0 ? ZeroPrefix(entry)
            : null;
    }

    /// <summary>Splits validated entries by family, in canonical text.</summary>
    public static IpBlockList From(IEnumerable<string> entries)
    {
        var list = entries.ToList();
        return new IpBlockList(
            [.. list.Where(e => !e.Contains(':', StringComparison.Ordinal)).Select(e => Ipv4Cidr.Parse(e).ToString())],
            [.. list.Where(e => e.Contains(':', StringComparison.Ordinal)).Select(e => IPNetwork.Parse(e).ToString())]);
    }

    // The mask of one address byte that holds prefixBits of the network (byte i of a /p block holds p - 8i).
    private static byte Mask(int prefixBits) => prefixBits >= 8 ? (byte)0xFF : prefixBits <= 0 ? (byte)0 : (byte)(0xFF << (8 - prefixBits));

    private static IPAddress MaskedAddress(byte[] bytes, int prefix) => new([.. bytes.Select((b, i) => (byte)(b & Mask(prefix - (8 * i))))]);

    private static string ZeroPrefix(string entry) => $"'{entry}' has prefix /0, which AWS WAF IP sets do not accept (and which would block every client).";
}
