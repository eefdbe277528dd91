using IrisStack.Components.Config;
using IrisStack.Policies;

namespace IrisStack.Stack;

/// <summary>A stack loaded, built and checked: what both the offline tool and the Pulumi program start from.</summary>
public sealed record StackEvaluation(StackConfig Config, StackBuild Build, PolicyReport Report)
{
    /// <summary>
    /// Loads the configuration, builds the stack and runs the pack on it. Throws
    /// <see cref="ConfigException"/> (every problem, each naming its key) when the configuration is
    /// invalid, or (from <see cref="PolicyRunner.Run"/>, which checks them) when its policy settings are.
    /// </summary>
    public static StackEvaluation Evaluate(IConfigSource source, PolicyPack pack)
    {
        var config = StackConfigLoader.Load(source);
        var build = IrisStackBlueprint.Build(config);
        return new StackEvaluation(config, build, PolicyRunner.Run(pack, build.Graph, config.Policies));
    }
}
