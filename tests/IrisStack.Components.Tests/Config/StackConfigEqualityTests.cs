using IrisStack.Tests.Shared;

namespace IrisStack.Components.Tests.Config;

public sealed class StackConfigEqualityTests
{
    [Theory]
    [InlineData("dev")]
    [InlineData("prod")]
    public void LoadingTheSameStackTwice_GivesEqualConfigs(string stack)
    {
        var first = RealStacks.Config(stack);
        var second = RealStacks.Config(stack);

        Assert.NotSame(first, second);
        Assert.Equal(first, second);
        Assert.Equal(first.GetHashCode(), second.GetHashCode());
    }

    [Fact]
    public void ChangingOneZone_MakesConfigsUnequal()
    {
        var config = RealStacks.Config("dev");
        var zones = config.Network.AvailabilityZones;
        var changed = config with { Network = config.Network with { AvailabilityZones = [.. zones.Take(zones.Length - 1), "eu-west-1z"] } };

        Assert.NotEqual(config, changed);
        Assert.Equal(config, changed with { Network = changed.Network with { AvailabilityZones = [.. zones] } });
    }

    [Fact]
    public void ChangingOneNestedListItem_MakesConfigsUnequal()
    {
        var config = RealStacks.Config("dev");
        var groups = config.Cluster.NodeGroups;
        var first = groups[0] with { InstanceTypes = [.. groups[0].InstanceTypes, "m7i.large"] };
        var changed = config with { Cluster = config.Cluster with { NodeGroups = [first, .. groups.Skip(1)] } };

        Assert.NotEqual(config, changed);
    }

    [Fact]
    public void ChangingOneTag_MakesConfigsUnequal()
    {
        var config = RealStacks.Config("dev");

        Assert.NotEqual(config, config with { Tags = config.Tags.SetItem("environment", "other") });
    }
}
