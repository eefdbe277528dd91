using System.Text.RegularExpressions;
using IrisStack.Components.Config;
using IrisStack.Components.Graph;
using IrisStack.Components.Plan;
using IrisStack.Policies;

namespace IrisStack.Stack.Components;

/// <summary>The two steps every component takes around its own layer: args to spec, and spec to a checked subgraph.</summary>
public static partial class ComponentBuilder
{
    /// <summary>The longest component name: its children's Kubernetes names and label values (<c>{name}-csp-ini</c>) stay within 63 characters.</summary>
    public const int MaxNameLength = 40;

    /// <summary>
    /// Reads the args of the component <paramref name="name"/> (wire names as keys) with the shared
    /// settings first and then <paramref name="read"/>; throws <see cref="ConfigException"/> naming
    /// every wrong arg (<c>NetworkArgs.cidr</c>).
    /// </summary>
    public static TSpec Resolve<TSpec>(string argsType, string project, string stack, string name, ConfigMap args, Func<ConfigSection, ComponentContext, TSpec> read)
    {
        ArgumentNullException.ThrowIfNull(read);
        var section = ConfigReader.ComponentArgs(argsType, name, args);
        if (!NamePattern().IsMatch(name) || name.Length > MaxNameLength)
        {
            // The name becomes part of Kubernetes object names, key aliases, log groups and the EKS cluster's name.
            section.Reader.Error($"{argsType[..^"Args".Length]} name", $"'{name}' is not a lower-case DNS label of at most {MaxNameLength} characters.",
                "name the component with lower-case letters, digits and dashes, e.g. 'iris' or 'edge-gateway'.");
        }

        var spec = read(section, ComponentContext.Read(section, project, stack, name));
        section.Reader.ThrowIfInvalid();
        return spec;
    }

    /// <summary>
    /// Builds the layer under the component's name in a graph of its own, then runs the pack's
    /// resource policies over it; throws <see cref="ComponentPolicyException"/> with the findings
    /// and their fixes when a mandatory one is violated, and a config error when the args' policy
    /// settings name unknown policies.
    /// </summary>
    public static ComponentBuild<TOutputs> Build<TOutputs>(
        string name,
        ComponentContext shared,
        Func<GraphBuilder, ComponentScope, TOutputs> layer,
        Func<TOutputs, IEnumerable<StackOutput>> outputs,
        Func<TOutputs, IEnumerable<Artifact>> artifacts)
    {
        ArgumentNullException.ThrowIfNull(shared);
        ArgumentNullException.ThrowIfNull(layer);
        ArgumentNullException.ThrowIfNull(outputs);
        ArgumentNullException.ThrowIfNull(artifacts);
        var builder = new GraphBuilder(shared.Context.Project, shared.Context.Stack);
        var built = layer(builder, new ComponentScope(name));
        var graph = builder.Build();
        var report = PolicyRunner.Run(PolicyPack.Default().ResourcePolicies(), graph, shared.Policies);
        if (!report.Passed)
        {
            throw new ComponentPolicyException(name, report);
        }

        return new ComponentBuild<TOutputs>(graph, built, [.. outputs(built)], [.. artifacts(built)], report);
    }

    [GeneratedRegex("^[a-z0-9]([-a-z0-9]*[a-z0-9])?$")]
    private static partial Regex NamePattern();
}
