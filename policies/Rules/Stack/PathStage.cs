namespace IrisStack.Policies.Rules.Stack;

/// <summary>Where a request stands on its way to IRIS; a request may enter each stage only from the one before.</summary>
public enum PathStage
{
    /// <summary>Anywhere outside the stack.</summary>
    Internet,

    /// <summary>A WAF web ACL that filters a CloudFront distribution.</summary>
    Waf,

    /// <summary>A CloudFront distribution.</summary>
    CloudFront,

    /// <summary>A load balancer in front of the API gateway.</summary>
    LoadBalancer,

    /// <summary>The API gateway's pods (Kong).</summary>
    ApiGateway,

    /// <summary>The Web Gateway's pods.</summary>
    WebGateway,

    /// <summary>IRIS pods: data, compute and arbiter.</summary>
    Iris,

    /// <summary>Anything else: other pods, the VPC's own addresses, the nodes.</summary>
    Other,
}
