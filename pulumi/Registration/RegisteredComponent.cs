using System.Collections.Immutable;
using System.Globalization;
using IrisStack.Components.Config;
using IrisStack.Components.Graph;
using IrisStack.Components.Plan;
using IrisStack.Policies.Reports;
using IrisStack.Stack.Components;
using Pulumi;

namespace IrisStack.Pulumi.Registration;

/// <summary>
/// A component's subgraph registered under the component: what the component classes share. It
/// registers every child, warns about advisory findings, and reads the component's outputs as
/// typed <c>Output</c>s.
/// </summary>
internal sealed class RegisteredComponent
{
    private readonly SubgraphRegistrar registrar;
    private readonly ImmutableDictionary<string, Value> outputs;

    private RegisteredComponent(SubgraphRegistrar registrar, ImmutableDictionary<string, Value> outputs)
    {
        this.registrar = registrar;
        this.outputs = outputs;
    }

    /// <summary>The resource registered (or bound) under a node's name, for components built on this one.</summary>
    public Resource this[string name] => registrar[name];

    /// <summary>Registers <paramref name="build"/>'s children under <paramref name="component"/>.</summary>
    /// <param name="component">The component resource, the subgraph's root.</param>
    /// <param name="name">The component's logical name (the root node's name).</param>
    /// <param name="build">The checked build.</param>
    /// <param name="bindings">What the component was given.</param>
    /// <param name="warn">Whether to log advisory findings and unmatched suppressions (off where the caller reports the whole stack).</param>
    public static RegisteredComponent Register<TOutputs>(ComponentResource component, string name, ComponentBuild<TOutputs> build, ComponentBindings bindings, bool warn)
    {
        ArgumentNullException.ThrowIfNull(build);
        var registrar = new SubgraphRegistrar(component, name, bindings);
        registrar.Register(RegistrationPlan.Create(build.Graph, build.Outputs));
        if (warn && (build.Report.AdvisoryViolations > 0 || !build.Report.UnmatchedSuppressions.IsEmpty))
        {
            Log.Warn(PolicyTextReport.Render(build.Report), component);
        }

        return new RegisteredComponent(registrar, build.Outputs.ToImmutableDictionary(o => o.Name, o => o.Value, StringComparer.Ordinal));
    }

    /// <summary>
    /// Validates and builds inside a constructor initializer, so that invalid args or a mandatory
    /// finding stop the constructor before the component registers anything. Pulumi prints a
    /// <see cref="RunException"/>'s message alone: every problem and its fix, no stack trace.
    /// </summary>
    public static T Prepare<T>(Func<T> build)
    {
        ArgumentNullException.ThrowIfNull(build);
        try
        {
            return build();
        }
        catch (ConfigException e)
        {
            throw new RunException(e.Message, e);
        }
        catch (ComponentPolicyException e)
        {
            throw new RunException(e.Message, e);
        }
    }

    /// <summary>A value (references, inputs and secrets resolved), when every node it references is this component's.</summary>
    public Output<object?>? TryResolve(Value value) => registrar.Knows(value) ? registrar.ToOutput(value) : null;

    /// <summary>The output of that name as text.</summary>
    public Output<string> String(string output) => registrar.ToOutput(outputs[output]).Apply(v => Convert.ToString(v, CultureInfo.InvariantCulture)!);

    /// <summary>The output of that name as a number.</summary>
    public Output<int> Int(string output) => registrar.ToOutput(outputs[output]).Apply(v => Convert.ToInt32(v, CultureInfo.InvariantCulture));

    /// <summary>The output of that name as a list of text (an array: the component schema has no immutable lists).</summary>
    public Output<string[]> Strings(string output) =>
        registrar.ToOutput(outputs[output]).Apply(v => ((IEnumerable<object?>)v!).Select(i => Convert.ToString(i, CultureInfo.InvariantCulture)!).ToArray());

    /// <summary>The outputs a value of this component's layer stands for, by the names a dependent's subgraph uses.</summary>
    public ComponentBindings Bind(IReadOnlyDictionary<string, Value> inputs, IReadOnlyDictionary<string, string> resources) => new(
        inputs.ToDictionary(i => i.Key, i => registrar.ToOutput(i.Value), StringComparer.Ordinal),
        resources.ToDictionary(r => r.Key, r => registrar[r.Value], StringComparer.Ordinal));
}
