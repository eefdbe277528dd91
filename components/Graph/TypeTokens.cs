namespace IrisStack.Components.Graph;

/// <summary>
/// Our own component type tokens, in one place: a token is part of every child's URN, so
/// renaming one needs an alias.
/// </summary>
public static class TypeTokens
{
    /// <summary>The network layer component.</summary>
    public const string Network = "iris:network:Network";

    /// <summary>The cluster layer component.</summary>
    public const string Cluster = "iris:cluster:Cluster";

    /// <summary>The Web Gateway layer component.</summary>
    public const string WebGateway = "iris:webgateway:WebGateway";

    /// <summary>The edge layer component: the WAF in front of CloudFront (later CloudFront and the ALB too).</summary>
    public const string Edge = "iris:edge:Edge";

    /// <summary>The data layer component: the IRIS cluster, its PKI and security configuration.</summary>
    public const string Data = "iris:data:Data";

    /// <summary>The API gateway layer component: InterSystems API Manager (Kong) and its managed Redis.</summary>
    public const string ApiGateway = "iris:apigateway:ApiGateway";
}
