namespace IrisStack.Components.ApiGateway.Workload;

/// <summary>How strictly Kong's pods are kept on different nodes (pod anti-affinity on <c>kubernetes.io/hostname</c>).</summary>
public enum HostnameSpread
{
    /// <summary>Never two Kong pods on one node: a pod stays pending rather than share (<c>requiredDuringSchedulingIgnoredDuringExecution</c>).</summary>
    Required,

    /// <summary>Different nodes when possible (<c>preferredDuringSchedulingIgnoredDuringExecution</c>), for clusters with fewer nodes than replicas.</summary>
    Preferred,
}
