namespace IrisStack.Components.Cluster;

/// <summary>The tier groups that each get a namespace (and may get dedicated nodes).</summary>
public enum TierGroup
{
    /// <summary>API Manager (Kong) and its Redis.</summary>
    ApiGateway,

    /// <summary>The Web Gateway.</summary>
    WebGateway,

    /// <summary>The IRIS cluster: data, compute and arbiter.</summary>
    Iris,
}
