using IrisStack.Components.Config;
using IrisStack.Stack.Components;
using Pulumi;

namespace IrisStack.Pulumi.Registration;

/// <summary>
/// What every IrisStack component shares: it is registered from a checked component build, with
/// its children under it, and keeps its layer's outputs for the components built on it.
/// </summary>
/// <typeparam name="TOutputs">The layer's typed outputs.</typeparam>
public abstract class LayerComponent<TOutputs> : ComponentResource
{
    private protected LayerComponent(string type, string name, (ComponentBuild<TOutputs> Build, ComponentBindings Bindings) prepared, ComponentResourceOptions? options, bool warn)
        : base(type, name, options)
    {
        Layer = prepared.Build.Layer;
        Registered = RegisteredComponent.Register(this, name, prepared.Build, prepared.Bindings, warn);
    }

    /// <summary>The layer's outputs as the graph holds them (the plain facts dependents decide with).</summary>
    internal TOutputs Layer { get; }

    /// <summary>The registered children, for components built on this one.</summary>
    internal RegisteredComponent Registered { get; }

    /// <summary>
    /// Refuses a Kubernetes workload component that was given neither an IrisStack Cluster
    /// (<paramref name="fromCluster"/>) nor a kubernetes provider in its options: its resources would
    /// go to whatever cluster the local kubeconfig points at, which nobody chose.
    /// </summary>
    private protected static void RequireKubernetesProvider(string component, string name, bool fromCluster, string clusterArg, ComponentResourceOptions? options)
    {
        if (!fromCluster && !(options?.Providers ?? []).Append(options?.Provider).Any(p => p?.GetResourceType() == "pulumi:providers:kubernetes"))
        {
            throw new RunException(
                $"{component} '{name}' has no Kubernetes provider, so its resources would go to whatever cluster the local kubeconfig points at. " +
                $"Fix: set {clusterArg} to an IrisStack Cluster, or pass your cluster's kubernetes provider in the component's providers option.");
        }
    }

    /// <summary>
    /// Reads, validates and builds from args, inside a constructor initializer so that invalid args
    /// or a mandatory finding stop the constructor before anything is registered.
    /// </summary>
    private protected static (ComponentBuild<TOutputs>, ComponentBindings) FromArgs<TSpec>(
        string name, ResourceArgs args, Func<string, string, string, ConfigMap, TSpec> resolve, Func<string, TSpec, ComponentBuild<TOutputs>> build)
    {
        var (built, bindings, _) = FromArgsWithSpec(name, args, resolve, build);
        return (built, bindings);
    }

    /// <summary>As <see cref="FromArgs"/>, also returning the validated spec, for what a component keeps of its settings.</summary>
    private protected static (ComponentBuild<TOutputs> Build, ComponentBindings Bindings, TSpec Spec) FromArgsWithSpec<TSpec>(
        string name, ResourceArgs args, Func<string, string, string, ConfigMap, TSpec> resolve, Func<string, TSpec, ComponentBuild<TOutputs>> build) =>
        RegisteredComponent.Prepare(() =>
        {
            var (values, bindings) = ArgsReader.Read(args);
            var spec = resolve(Deployment.Instance.ProjectName, Deployment.Instance.StackName, name, values);
            return (build(name, spec), bindings, spec);
        });
}
