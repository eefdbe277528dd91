using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using IrisStack.Components.Config;
using IrisStack.Components.Network;

namespace IrisStack.Components.Tests.Network;

public sealed class SubnetPlannerTests
{
    [Fact]
    public void ThreeZonesInASlash16_GetSlash19PrivateAndSlash20PublicSubnets()
    {
        var plan = SubnetPlanner.Plan(Config("10.0.0.0/16", 3));

        Assert.Equal(
            ["10.0.32.0/20", "10.0.96.0/20", "10.0.160.0/20"],
            plan.Where(p => p.Tier == SubnetTier.Public).Select(p => p.Cidr.ToString()));
        Assert.Equal(
            ["10.0.0.0/19", "10.0.64.0/19", "10.0.128.0/19"],
            plan.Where(p => p.Tier == SubnetTier.Private).Select(p => p.Cidr.ToString()));
        Assert.Equal(["eu-west-1a", "eu-west-1b", "eu-west-1c"], plan.Where(p => p.Tier == SubnetTier.Public).Select(p => p.AvailabilityZone));
    }

    [Fact]
    public void ExplicitCidrs_AreUsedAsGiven()
    {
        var config = Config("10.0.0.0/16", 2) with
        {
            PublicSubnetCidrs = [Ipv4Cidr.Parse("10.0.0.0/24"), Ipv4Cidr.Parse("10.0.1.0/24")],
            PrivateSubnetCidrs = [Ipv4Cidr.Parse("10.0.16.0/20"), Ipv4Cidr.Parse("10.0.32.0/20")],
        };

        var plan = SubnetPlanner.Plan(config);

        Assert.Equal(["10.0.0.0/24", "10.0.1.0/24", "10.0.16.0/20", "10.0.32.0/20"], plan.Select(p => p.Cidr.ToString()));
    }

    [Property(MaxTest = 300)]
    public Property PlannedSubnets_AreInsideTheVpcAndNeverOverlap()
    {
        var inputs =
            from prefix in Gen.Choose(16, 22)
            from zones in Gen.Choose(2, 6)
            from network in Gen.Choose(0, 255)
            select (Cidr: Ipv4Cidr.Parse($"10.{network}.0.0/16").Subnet(prefix, 0), Zones: zones);
        return Prop.ForAll(inputs.ToArbitrary(), input =>
        {
            var plan = SubnetPlanner.Plan(Config(input.Cidr.ToString(), input.Zones));
            var insideVpc = plan.All(p => input.Cidr.Contains(p.Cidr));
            var disjoint = plan.SelectMany((a, i) => plan.Skip(i + 1).Select(b => !a.Cidr.Overlaps(b.Cidr))).All(x => x);
            var onePerZoneAndTier = plan.Length == 2 * input.Zones;
            var bigEnough = plan.All(p => p.Cidr.Prefix <= 28);
            return insideVpc && disjoint && onePerZoneAndTier && bigEnough;
        });
    }

    [Theory]
    [InlineData("10.0.0.0/16", "10.0.1.0/24", true, true)]
    [InlineData("10.0.0.0/16", "10.1.0.0/24", false, false)]
    [InlineData("10.0.0.0/24", "10.0.0.0/16", false, true)]
    [InlineData("10.0.0.0/25", "10.0.0.128/25", false, false)]
    public void Cidr_ContainsAndOverlaps(string a, string b, bool contains, bool overlaps)
    {
        Assert.Equal(contains, Ipv4Cidr.Parse(a).Contains(Ipv4Cidr.Parse(b)));
        Assert.Equal(overlaps, Ipv4Cidr.Parse(a).Overlaps(Ipv4Cidr.Parse(b)));
    }

    [Theory]
    [InlineData("10.0.0.0/33")]
    [InlineData("10.0.0.0")]
    [InlineData("10.0.0/16")]
    [InlineData("::1/128")]
    [InlineData("10.0.0.1/16")]
    [InlineData("10.0.0.0/-1")]
    public void Cidr_Invalid_IsRefusedWithAReason(string text)
    {
        Assert.Null(Ipv4Cidr.TryParse(text, out var problem));
        Assert.Contains(text, problem, StringComparison.Ordinal);
    }

    private static NetworkConfig Config(string cidr, int zones) =>
        new(Ipv4Cidr.Parse(cidr), [.. "abcdef"[..zones].Select(c => "eu-west-1" + c)], NatGatewayStrategy.Single, 365, [], []);
}
