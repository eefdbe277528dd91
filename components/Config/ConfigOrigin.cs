namespace IrisStack.Components.Config;

/// <summary>Where the settings a <see cref="ConfigReader"/> reads come from, which decides how a fix is worded.</summary>
public enum ConfigOrigin
{
    /// <summary>The stack files (<c>Pulumi.yaml</c>, <c>Pulumi.&lt;stack&gt;.yaml</c>) or the config Pulumi hands the program: fixes are <c>pulumi config set</c> commands.</summary>
    StackFiles,

    /// <summary>A component's args in someone's Pulumi program: fixes say which arg to set or pass as a secret.</summary>
    ComponentArgs,
}
