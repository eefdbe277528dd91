namespace IrisStack.Components.ApiGateway.Workload;

/// <summary>The Kubernetes names of one API gateway component's objects, all from the component's name.</summary>
/// <param name="Component">The component's logical name: the app name label and the Deployment's, Service's and budget's name.</param>
public sealed record KongObjectNames(string Component)
{
    /// <summary>The Deployment, Service and PodDisruptionBudget.</summary>
    public string Name => Component;

    /// <summary>The Secret holding kong.yml.</summary>
    public string ConfigSecret => $"{Component}-kong-yml";

    /// <summary>The ConfigMap holding kong.conf and the upstream CA.</summary>
    public string ConfigMap => $"{Component}-kong-conf";

    /// <summary>The Secret holding ISC_IRIS_URL.</summary>
    public string LicenseSecret => $"{Component}-iam-license";

    /// <summary>The containers.intersystems.com pull Secret.</summary>
    public string PullSecret => $"{Component}-pull-secret";

    /// <summary>The egress NetworkPolicy to the managed Redis.</summary>
    public string RedisEgressPolicy => $"{Component}-egress-to-redis";
}
