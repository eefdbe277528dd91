namespace IrisStack.Components.Config;

/// <summary>What a policy violation does to a preview, as in Pulumi CrossGuard.</summary>
public enum EnforcementLevel
{
    /// <summary>Reported and fails the preview.</summary>
    Mandatory,

    /// <summary>Reported as a warning; the preview goes on.</summary>
    Advisory,

    /// <summary>Not evaluated.</summary>
    Disabled,
}
