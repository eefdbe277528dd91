using IrisStack.Components.Graph;

namespace IrisStack.Components.Tests.Graph;

public sealed class GraphBuilderTests
{
    [Fact]
    public void Setting_OfANodeNotAdded_Throws()
    {
        var graph = new GraphBuilder("p", "s");
        graph.External("provider");
        Assert.Throws<InvalidOperationException>(() => graph.Setting("missing", "x", "iris-stack:a.b"));
        Assert.Throws<InvalidOperationException>(() => graph.Setting("provider", "x", "iris-stack:a.b"));
    }

    [Fact]
    public void Urn_TopLevelAndNested_FollowPulumisForm()
    {
        var builder = new GraphBuilder("iris-stack", "dev");
        var component = builder.Component("iris:network:Network", "network");
        var vpc = builder.Resource("aws:ec2/vpc:Vpc", "network-vpc", MapValue.Empty, component.Name);
        builder.Resource("aws:ec2/subnet:Subnet", "network-private-a", MapValue.Of(("vpcId", vpc.Id)), vpc.Name);
        var graph = builder.Build();

        Assert.Equal("urn:pulumi:dev::iris-stack::iris:network:Network::network", graph.UrnOf("network"));
        Assert.Equal("urn:pulumi:dev::iris-stack::iris:network:Network$aws:ec2/vpc:Vpc::network-vpc", graph.UrnOf("network-vpc"));
        Assert.Equal(
            "urn:pulumi:dev::iris-stack::iris:network:Network$aws:ec2/vpc:Vpc$aws:ec2/subnet:Subnet::network-private-a",
            graph.UrnOf("network-private-a"));
        Assert.Equal("network-private-a", Urn.NameOf(graph.UrnOf("network-private-a")));
        Assert.Equal("aws:ec2/subnet:Subnet", Urn.TypeOf(graph.UrnOf("network-private-a")));
    }

    [Fact]
    public void DuplicateName_IsRefused()
    {
        var builder = new GraphBuilder("p", "s");
        builder.Resource("aws:ec2/vpc:Vpc", "vpc", MapValue.Empty);

        var error = Assert.Throws<InvalidOperationException>(() => builder.Resource("aws:ec2/subnet:Subnet", "vpc", MapValue.Empty));

        Assert.Contains("Duplicate resource name 'vpc'", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("reference")]
    [InlineData("parent")]
    [InlineData("dependsOn")]
    [InlineData("provider")]
    public void UseOfANodeNotAddedBefore_IsRefused(string how)
    {
        var builder = new GraphBuilder("p", "s");
        var later = new NodeRef("later", "aws:ec2/vpc:Vpc");

        var error = Assert.Throws<InvalidOperationException>(() => how switch
        {
            "reference" => builder.Resource("aws:ec2/subnet:Subnet", "subnet", MapValue.Of(("vpcId", later.Id))),
            "parent" => builder.Resource("aws:ec2/subnet:Subnet", "subnet", MapValue.Empty, "later"),
            "dependsOn" => builder.Resource("aws:ec2/subnet:Subnet", "subnet", MapValue.Empty, options: new ResourceOptions { DependsOn = ["later"] }),
            _ => builder.Resource("aws:ec2/subnet:Subnet", "subnet", MapValue.Empty, options: new ResourceOptions { Provider = "later" }),
        });

        Assert.Contains("uses 'later'", error.Message, StringComparison.Ordinal);
        Assert.Empty(builder.Build().Nodes);
    }

    [Fact]
    public void NodeOrder_IsInsertionOrder()
    {
        var builder = new GraphBuilder("p", "s");
        foreach (var name in new[] { "c", "a", "b" })
        {
            builder.Resource("aws:ec2/vpc:Vpc", name, MapValue.Empty);
        }

        Assert.Equal(["c", "a", "b"], builder.Build().Nodes.Select(n => n.Name));
    }
}
