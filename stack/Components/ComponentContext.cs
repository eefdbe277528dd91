using IrisStack.Components.Aws;
using IrisStack.Components.Config;

namespace IrisStack.Stack.Components;

/// <summary>
/// What every component's args carry besides its layer's settings, read with the readers the stack
/// files use: where it deploys (<c>region</c>, <c>accountId</c>), how it tags and protects, and its
/// policy levels and suppressions (<c>policies</c>, the shape of <c>iris-stack:policies</c>).
/// </summary>
/// <param name="Context">Where the component deploys; its <see cref="StackContext.Instance"/> is the component's name unless the args turn that off.</param>
/// <param name="Policies">The levels and suppressions its resource policies run with.</param>
public sealed record ComponentContext(StackContext Context, PolicySettings Policies)
{
    /// <summary>Reads the shared args of the component <paramref name="name"/> in a Pulumi project and stack.</summary>
    public static ComponentContext Read(ConfigSection args, string project, string stack, string name)
    {
        ArgumentNullException.ThrowIfNull(args);
        var region = args.RequiredString("region", "AWS region the component deploys to (commercial aws partition)", "eu-west-1", AwsIdentifiers.RegionProblem);
        var accountId = args.RequiredString("accountId", "AWS account the component deploys to (12 digits); used in key policies", "123456789012", AwsIdentifiers.AccountIdProblem);
        var tags = args.StringMap("tags", "Tags added to every AWS resource");
        var protect = args.Bool("protectStatefulResources", true, "Give KMS keys and other stateful resources Pulumi's protect option (and require it in policy)");
        var qualify = args.Bool("qualifyPhysicalNames", true,
            "Add the component's name to names that must be unique in an account (log groups, key aliases, the EKS cluster), so two instances coexist");
        var policies = PolicySettings.Read(args.Section("policies", "Policy levels, suppressions and thresholds for this component's resources")) with { RequireProtection = protect };
        var context = new StackContext(project, stack, region, accountId, tags)
        {
            ProtectStatefulResources = protect,
            Instance = qualify ? name : null,
        };
        return new ComponentContext(context, policies);
    }
}
