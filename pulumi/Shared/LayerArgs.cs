using Pulumi;

namespace IrisStack.Pulumi;

/// <summary>What every IrisStack component's args carry: where it deploys, how it tags and protects, and its policy settings.</summary>
public abstract class LayerArgs : ResourceArgs
{
    /// <summary>AWS region the component deploys to (commercial aws partition).</summary>
    [Input("region", required: true)]
    public string Region { get; set; } = null!;

    /// <summary>AWS account the component deploys to (12 digits); used in key policies.</summary>
    [Input("accountId", required: true)]
    public string AccountId { get; set; } = null!;

    /// <summary>Tags added to every AWS resource.</summary>
    [Input("tags")]
    public Dictionary<string, string>? Tags { get; set; }

    /// <summary>Give KMS keys and other stateful resources Pulumi's protect option, and require it in policy (default true).</summary>
    [Input("protectStatefulResources")]
    public bool? ProtectStatefulResources { get; set; }

    /// <summary>Add the component's name to names that must be unique in an account, so two instances coexist (default true).</summary>
    [Input("qualifyPhysicalNames")]
    public bool? QualifyPhysicalNames { get; set; }

    /// <summary>Policy levels, suppressions (each with a reason) and thresholds for the component's resources.</summary>
    [Input("policies")]
    public PolicySettingsArgs? Policies { get; set; }
}
