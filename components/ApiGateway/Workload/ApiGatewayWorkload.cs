using IrisStack.Components.Config;
using IrisStack.Components.Kubernetes;

namespace IrisStack.Components.ApiGateway.Workload;

/// <summary>The Kong Deployment's settings (<c>iris-stack:apiGateway.workload</c>), validated, every default applied.</summary>
/// <param name="Image">The InterSystems API Manager image, pinned to a tag or digest.</param>
/// <param name="Replicas">Number of Kong pods.</param>
/// <param name="DisruptionBudgetMinAvailable">Pods kept during voluntary disruptions; 0 creates no PodDisruptionBudget.</param>
/// <param name="HostnameSpread">Whether two pods may share a node.</param>
/// <param name="Resources">Container requests and limits.</param>
public sealed record ApiGatewayWorkload(string Image, int Replicas, int DisruptionBudgetMinAvailable, HostnameSpread HostnameSpread, PodResources Resources)
{
    /// <summary>
    /// The default image: IAM 3.2.1.0-4, the newest tag found in InterSystems' published examples
    /// (containers.intersystems.com/intersystems/iam). Pin the stack's own licensed version.
    /// </summary>
    public const string DefaultImage = "containers.intersystems.com/intersystems/iam:3.2.1.0-4";

    /// <summary>The Kong container's default requests and limits.</summary>
    public static readonly PodResources DefaultResources = new("500m", "512Mi", "2", "1Gi");

    /// <summary>Reads and validates <c>apiGateway.workload</c>.</summary>
    public static ApiGatewayWorkload Read(ConfigSection section)
    {
        ArgumentNullException.ThrowIfNull(section);
        var image = section.String("image", DefaultImage, "InterSystems API Manager image, pinned to a tag or digest (containers.intersystems.com/intersystems/iam:<tag>)",
            ContainerImage.Validate, "add a tag such as :3.2.1.0-4, or a digest @sha256:….");
        var replicas = section.Int("replicas", 2, "Number of Kong pods", 1, 50);
        var minAvailable = section.Int("disruptionBudgetMinAvailable", replicas > 1 ? 1 : 0, "Pods kept during voluntary disruptions (PodDisruptionBudget); 0 = no budget", 0, 49);
        if (minAvailable >= replicas && minAvailable > 0)
        {
            section.Error("disruptionBudgetMinAvailable", $"{minAvailable} is not below replicas ({replicas}), so no node could ever be drained.", $"set it to at most {replicas - 1}.");
        }

        var spread = section.Enum("hostnameSpread", HostnameSpread.Required, "Kong pods on different nodes: required (a pod waits rather than share) or preferred");
        var resources = PodResources.Read(section.Section("resources", "Kong container CPU and memory requests and limits"), DefaultResources);
        section.RejectUnknownKeys();
        return new ApiGatewayWorkload(image, replicas, minAvailable, spread, resources);
    }
}
