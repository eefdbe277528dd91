namespace IrisStack.Components.Edge.Alb;

/// <summary>
/// What the ALB forwards to: the API gateway's proxy Service, whose pods the AWS Load Balancer
/// Controller registers in the target group by IP.
/// </summary>
/// <param name="Namespace">The Service's namespace (the API gateway tier's).</param>
/// <param name="ServiceName">The Service's name.</param>
/// <param name="Port">The port the Service exposes and its pods listen on with HTTPS (the tier chain's API gateway proxy port).</param>
public sealed record AlbTarget(string Namespace, string ServiceName, int Port);
