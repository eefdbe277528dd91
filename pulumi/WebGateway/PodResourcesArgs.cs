using Pulumi;

namespace IrisStack.Pulumi;

/// <summary>CPU and memory requests and limits of a container (Kubernetes quantities).</summary>
public sealed class PodResourcesArgs : ResourceArgs
{
    /// <summary>CPU request (Kubernetes quantity).</summary>
    [Input("cpuRequest")]
    public string? CpuRequest { get; set; }

    /// <summary>Memory request (Kubernetes quantity).</summary>
    [Input("memoryRequest")]
    public string? MemoryRequest { get; set; }

    /// <summary>CPU limit (Kubernetes quantity).</summary>
    [Input("cpuLimit")]
    public string? CpuLimit { get; set; }

    /// <summary>Memory limit (Kubernetes quantity).</summary>
    [Input("memoryLimit")]
    public string? MemoryLimit { get; set; }
}
