using System.Text.RegularExpressions;
using IrisStack.Components.Config;

namespace IrisStack.Components.Kubernetes;

/// <summary>CPU and memory requests and limits of a container (Kubernetes quantities), as a layer's <c>resources</c> settings.</summary>
public sealed partial record PodResources(string CpuRequest, string MemoryRequest, string CpuLimit, string MemoryLimit)
{
    /// <summary>Reads a <c>resources</c> section; unset keys take <paramref name="defaults"/>.</summary>
    public static PodResources Read(ConfigSection section, PodResources defaults)
    {
        ArgumentNullException.ThrowIfNull(defaults);
        var d = defaults;
        string Cpu(string key, string @default, string description) => section.String(key, @default, description,
            v => CpuPattern().IsMatch(v) ? null : $"'{v}' is not a CPU quantity (e.g. 250m, 1).");
        string Memory(string key, string @default, string description) => section.String(key, @default, description,
            v => MemoryPattern().IsMatch(v) ? null : $"'{v}' is not a memory quantity (e.g. 256Mi, 1Gi).");
        var resources = new PodResources(
            Cpu("cpuRequest", d.CpuRequest, "CPU request per pod"),
            Memory("memoryRequest", d.MemoryRequest, "Memory request per pod"),
            Cpu("cpuLimit", d.CpuLimit, "CPU limit per pod"),
            Memory("memoryLimit", d.MemoryLimit, "Memory limit per pod"));
        section.RejectUnknownKeys();
        return resources;
    }

    /// <summary>Whether the text is a storage quantity such as 20Gi (Mi, Gi or Ti).</summary>
    public static bool IsStorageQuantity(string text) => StoragePattern().IsMatch(text);

    [GeneratedRegex("^[1-9][0-9]{0,5}(Mi|Gi|Ti)$")]
    private static partial Regex StoragePattern();

    [GeneratedRegex("^([1-9][0-9]{0,5}m|[1-9][0-9]{0,2}(\\.[0-9]{1,3})?)$")]
    private static partial Regex CpuPattern();

    [GeneratedRegex("^[1-9][0-9]{0,5}(Mi|Gi)$")]
    private static partial Regex MemoryPattern();
}
