using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace IrisStack.Components.Config;

/// <summary>An IPv4 CIDR block in canonical form (host bits zero), with the arithmetic subnet planning needs.</summary>
public readonly record struct Ipv4Cidr
{
    private Ipv4Cidr(uint network, int prefix)
    {
        Network = network;
        Prefix = prefix;
    }

    /// <summary>The network address as a 32-bit number.</summary>
    public uint Network { get; }

    /// <summary>The prefix length (0..32).</summary>
    public int Prefix { get; }

    /// <summary>The number of addresses in the block.</summary>
    public ulong Size => 1UL << (32 - Prefix);

    private uint LastAddress => (uint)(Network + Size - 1);

    /// <summary>Parses <c>a.b.c.d/n</c>; returns null and a reason when the text is not a canonical IPv4 CIDR.</summary>
    public static Ipv4Cidr? TryParse(string text, out string? problem)
    {
        problem = null;
        var slash = text.IndexOf('/', StringComparison.Ordinal);
        if (slash < 0)
        {
            problem = $"'{text}' is not a CIDR block (expected address/prefix, e.g. 10.0.0.0/16).";
            return null;
        }

        if (!IPAddress.TryParse(text[..slash], out var address) || address.AddressFamily != AddressFamily.InterNetwork || text[..slash].Count(c => c == '.') != 3)
        {
            problem = $"'{text}' does not start with a valid IPv4 address.";
            return null;
        }

        if (!int.TryParse(text[(slash + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out var prefix) || prefix > 32)
        {
            problem = $"'{text}' has an invalid prefix length (must be 0 to 32).";
            return null;
        }

        var bytes = address.GetAddressBytes();
        var value = ((uint)bytes[0] << 24) | ((uint)bytes[1] << 16) | ((uint)bytes[2] << 8) | bytes[3];
        var cidr = new Ipv4Cidr(value & Mask(prefix), prefix);
        if (cidr.Network != value)
        {
            problem = $"'{text}' has host bits set (the block starts at {cidr}).";
            return null;
        }

        return cidr;
    }

    /// <summary>Parses a CIDR that is known to be valid.</summary>
    public static Ipv4Cidr Parse(string text) =>
        TryParse(text, out var problem) ?? throw new FormatException(problem);

    /// <summary>A validation function for config reads: null when valid, else the problem.</summary>
    public static string? Validate(string text)
    {
        TryParse(text, out var problem);
        return problem;
    }

    /// <summary>Whether <paramref name="other"/> lies wholly inside this block.</summary>
    public bool Contains(Ipv4Cidr other) => other.Prefix >= Prefix && (other.Network & Mask(Prefix)) == Network;

    /// <summary>Whether the two blocks share any address.</summary>
    public bool Overlaps(Ipv4Cidr other) => Network <= other.LastAddress && other.Network <= LastAddress;

    /// <summary>The <paramref name="index"/>-th block of prefix <paramref name="newPrefix"/> inside this one.</summary>
    public Ipv4Cidr Subnet(int newPrefix, int index)
    {
        if (newPrefix < Prefix || newPrefix > 32 || (ulong)index >= 1UL << (newPrefix - Prefix))
        {
            throw new ArgumentOutOfRangeException(nameof(index), $"{this} has no /{newPrefix} block number {index}.");
        }

        return new Ipv4Cidr((uint)(Network + ((ulong)index << (32 - newPrefix))), newPrefix);
    }

    /// <inheritdoc />
    public override string ToString() =>
        $"{Network >> 24}.{(Network >> 16) & 255}.{(Network >> 8) & 255}.{Network & 255}/{Prefix}";

    private static uint Mask(int prefix) => prefix == 0 ? 0 : uint.MaxValue << (32 - prefix);
}
