using IrisStack.Components.Graph;
using IrisStack.Components.Network;
using IrisStack.Pulumi.Registration;
using IrisStack.Stack.Components;
using Pulumi;

namespace IrisStack.Pulumi;

/// <summary>
/// The network layer (<c>iris:network:Network</c>): a VPC over two to six zones with public and
/// private subnets, NAT, a stripped default security group, flow logs to a CMK-encrypted log group
/// and an S3 gateway endpoint. Children are named <c>{name}-{role}</c>.
/// </summary>
public sealed class Network : LayerComponent<NetworkOutputs>
{
    /// <summary>The component's type token, part of every child's URN: never renamed without an alias.</summary>
    public const string TypeToken = TypeTokens.Network;

    /// <summary>Creates the network; invalid or insecure args fail here with every problem and its fix, and nothing is registered.</summary>
    public Network(string name, NetworkArgs args, ComponentResourceOptions? options = null)
        : this(name, FromArgs(name, args, NetworkComponent.Resolve, NetworkComponent.Build), options, warn: true)
    {
    }

    /// <summary>The stack program's network, from the build the whole stack was checked with.</summary>
    internal Network(string name, ComponentBuild<NetworkOutputs> build, ComponentResourceOptions? options = null)
        : this(name, (build, ComponentBindings.None), options, warn: false)
    {
    }

    private Network(string name, (ComponentBuild<NetworkOutputs> Build, ComponentBindings Bindings) prepared, ComponentResourceOptions? options, bool warn)
        : base(TypeToken, name, prepared, options, warn)
    {
        VpcId = Registered.String("vpcId");
        VpcCidr = Registered.String("vpcCidr");
        PublicSubnetIds = Registered.Strings("publicSubnetIds");
        PrivateSubnetIds = Registered.Strings("privateSubnetIds");
        LogsKeyArn = Registered.String("logsKeyArn");
        RegisterOutputs(new Dictionary<string, object?>
        {
            ["vpcId"] = VpcId,
            ["vpcCidr"] = VpcCidr,
            ["publicSubnetIds"] = PublicSubnetIds,
            ["privateSubnetIds"] = PrivateSubnetIds,
            ["logsKeyArn"] = LogsKeyArn,
        });
    }

    /// <summary>The VPC's id.</summary>
    [Output("vpcId")]
    public Output<string> VpcId { get; private set; }

    /// <summary>The VPC's IPv4 CIDR block.</summary>
    [Output("vpcCidr")]
    public Output<string> VpcCidr { get; private set; }

    /// <summary>The public subnets' ids, in zone order.</summary>
    [Output("publicSubnetIds")]
    public Output<string[]> PublicSubnetIds { get; private set; }

    /// <summary>The private subnets' ids, in zone order.</summary>
    [Output("privateSubnetIds")]
    public Output<string[]> PrivateSubnetIds { get; private set; }

    /// <summary>ARN of the customer-managed KMS key that encrypts CloudWatch logs.</summary>
    [Output("logsKeyArn")]
    public Output<string> LogsKeyArn { get; private set; }

}
