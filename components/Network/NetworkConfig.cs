using System.Collections.Immutable;
using IrisStack.Components.Collections;
using IrisStack.Components.Config;

namespace IrisStack.Components.Network;

/// <summary>The network settings (<c>iris-stack:network</c>), validated, with zones resolved.</summary>
public sealed record NetworkConfig(
    Ipv4Cidr Cidr,
    EquatableArray<string> AvailabilityZones,
    NatGatewayStrategy NatStrategy,
    int FlowLogRetentionDays,
    EquatableArray<Ipv4Cidr> PublicSubnetCidrs,
    EquatableArray<Ipv4Cidr> PrivateSubnetCidrs)
{
    private const string ZoneLetters = "abcdef";

    /// <summary>Where these settings were read from, so resources built from them name their keys.</summary>
    public SettingsPath Settings { get; init; } = SettingsPath.Stack("network");

    /// <summary>Reads and validates the section; zones default to the region's first letters.</summary>
    public static NetworkConfig Read(ConfigSection section, string region)
    {
        var cidrText = section.String("cidr", "10.0.0.0/16", "VPC IPv4 CIDR block (/16 to /24)", Ipv4Cidr.Validate, "use a private block such as 10.0.0.0/16.");
        var cidr = Ipv4Cidr.Parse(Ipv4Cidr.Validate(cidrText) is null ? cidrText : "10.0.0.0/16");
        if (cidr.Prefix is < 16 or > 24)
        {
            section.Error("cidr", $"/{cidr.Prefix} is outside /16../24 (AWS allows VPCs of /16 to /28; three tiers per zone need at least a /24).", "use a block between /16 and /24, e.g. 10.0.0.0/16.");
        }

        var azCount = section.Int("azCount", 3, "Number of availability zones", 2, 6);
        var zones = section.StringList("availabilityZones", [], $"Zone names; default: the region name followed by {ZoneLetters[..3]}…",
            z => z.StartsWith(region, StringComparison.Ordinal) && z.Length == region.Length + 1 ? null : $"'{z}' is not a zone of {region}.",
            $"use zone names such as {region}a.");
        if (zones.Length == 0)
        {
            zones = [.. ZoneLetters[..azCount].Select(c => region + c)];
        }
        else if (zones.Length != azCount)
        {
            section.Error("availabilityZones", $"lists {zones.Length} zones but azCount is {azCount}.", "list exactly azCount zones, or remove the list to use the default zones.");
        }
        else if (zones.Distinct().Count() != zones.Length)
        {
            section.Error("availabilityZones", "lists a zone twice.", "list each zone once.");
        }

        var zoneBits = (int)Math.Ceiling(Math.Log2(azCount));
        if (cidr.Prefix + zoneBits + 2 > 28 && !section.Has("publicSubnetCidrs"))
        {
            section.Error("cidr", $"{cidr} is too small to plan subnets for {azCount} zones (public subnets would be smaller than /28).", $"use a /{26 - zoneBits} or larger block, fewer zones, or list the subnet CIDRs.");
        }

        var nat = section.Enum("natStrategy", NatGatewayStrategy.OnePerAz, "NAT gateways: one per zone (HA) or a single one (cheaper)");
        var retention = CloudWatchRetention.Read(section, "flowLogRetentionDays", 365, "Days CloudWatch keeps VPC flow logs");

        var publicCidrs = ReadSubnetCidrs(section, "publicSubnetCidrs", "Explicit public subnet CIDRs, one per zone (default: planned from the VPC CIDR)", cidr, azCount);
        var privateCidrs = ReadSubnetCidrs(section, "privateSubnetCidrs", "Explicit private subnet CIDRs, one per zone (default: planned from the VPC CIDR)", cidr, azCount);
        var config = new NetworkConfig(cidr, zones, nat, retention, publicCidrs, privateCidrs);
        if (zones.Length == azCount)
        {
            CheckNoOverlap(section, config);
        }

        section.RejectUnknownKeys();
        return config with { Settings = section.Settings };
    }

    private static ImmutableArray<Ipv4Cidr> ReadSubnetCidrs(ConfigSection section, string key, string description, Ipv4Cidr vpc, int azCount)
    {
        var list = section.StringList(key, [], description, Ipv4Cidr.Validate, "use a block inside the VPC CIDR, e.g. 10.0.0.0/20.");
        if (list.Length == 0)
        {
            return [];
        }

        if (list.Length != azCount)
        {
            section.Error(key, $"lists {list.Length} blocks but azCount is {azCount}.", "list one block per zone, or remove the list to plan them from the VPC CIDR.");
        }

        var cidrs = list.Select(Ipv4Cidr.Parse).ToImmutableArray();
        for (var i = 0; i < cidrs.Length; i++)
        {
            if (!vpc.Contains(cidrs[i]))
            {
                section.Reader.Error($"{section.KeyOf(key)}[{i}]", $"{cidrs[i]} is not inside the VPC CIDR {vpc}.", $"pick a block inside {vpc}.");
            }
            else if (cidrs[i].Prefix > 28)
            {
                section.Reader.Error($"{section.KeyOf(key)}[{i}]", $"{cidrs[i]} is smaller than /28, the smallest subnet AWS allows.", "use a /28 or larger block.");
            }
        }

        return cidrs;
    }

    // Every subnet the stack will create, listed or planned, must have a block of its own: a
    // listed public block can collide with a planned private one as easily as with a listed one.
    private static void CheckNoOverlap(ConfigSection section, NetworkConfig config)
    {
        var blocks = SubnetPlanner.Plan(config).Select(plan =>
        {
            var key = plan.Tier == SubnetTier.Public ? "publicSubnetCidrs" : "privateSubnetCidrs";
            var listed = (plan.Tier == SubnetTier.Public ? config.PublicSubnetCidrs : config.PrivateSubnetCidrs).Length > 0;
            var index = config.AvailabilityZones.IndexOf(plan.AvailabilityZone);
            var name = listed ? $"{section.KeyOf(key)}[{index}]" : $"the {plan.Tier.ToString().ToLowerInvariant()} subnet of {plan.AvailabilityZone} planned from {section.KeyOf("cidr")}";
            return (Listed: listed, Key: $"{section.KeyOf(key)}[{index}]", Name: name, plan.Cidr);
        }).ToList();
        for (var i = 0; i < blocks.Count; i++)
        {
            for (var j = i + 1; j < blocks.Count; j++)
            {
                var (first, second) = (blocks[i], blocks[j]);
                if (!first.Cidr.Overlaps(second.Cidr) || !(first.Listed || second.Listed))
                {
                    continue;
                }

                var (at, other) = second.Listed ? (second, first) : (first, second);
                section.Reader.Error(at.Key, $"{at.Cidr} overlaps {other.Cidr} ({other.Name}).", "give every subnet its own block: list both tiers' blocks, or pick blocks outside the planned ones.");
            }
        }
    }
}
