using System.Collections.Immutable;
using IrisStack.Components.Graph;
using IrisStack.Policies.Rules.Cluster;

namespace IrisStack.Policies.Rules.Edge;

/// <summary>HTTPS and TLS listeners serve a certificate from ACM, which renews it, not an uploaded IAM server certificate.</summary>
public sealed class LoadBalancerListenerAcmCertificate : StackPolicy
{
    // What a listener's certificateArn may reference in the stack: the certificate, or its validation (whose certificateArn waits for issue).
    private static readonly ImmutableHashSet<string> AcmTypes = ["aws:acm/certificate:Certificate", "aws:acm/certificateValidation:CertificateValidation"];

    /// <inheritdoc />
    public override string Id => "lb-listener-acm-certificate";

    /// <inheritdoc />
    public override string Description => "Every HTTPS or TLS load balancer listener sets certificateArn to an ACM certificate: an arn:...:acm:... ARN, or the ARN of an aws:acm certificate (or its validation) in the stack.";

    /// <inheritdoc />
    public override string Rationale => "ACM renews its certificates and keeps the private key out of reach; an IAM server certificate is a key someone uploaded, kept and must replace by hand before it expires.";

    /// <inheritdoc />
    public override string Layer => "edge";

    /// <inheritdoc />
    public override ImmutableArray<string> PeerIds => ["ELBv2ACMCertificateRequired"];

    /// <inheritdoc />
    public override bool Examines(string type) => ClusterTypes.Listeners.Contains(type) || AcmTypes.Contains(type);

    /// <inheritdoc />
    public override PolicyOutcome Evaluate(ResourceGraph graph, PolicyContext context)
    {
        ArgumentNullException.ThrowIfNull(graph);
        var listeners = graph.Nodes.Where(n => ClusterTypes.Listeners.Contains(n.Type)
            && (n.Input("protocol") as StringValue)?.Value.ToUpperInvariant() is "HTTPS" or "TLS").ToList();
        return listeners.Count == 0 ? PolicyOutcome.NotApplicable : PolicyOutcome.From(listeners.SelectMany(l => Check(graph, l)));
    }

    private static IEnumerable<Finding> Check(ResourceGraph graph, ResourceNode listener)
    {
        const string Fix = "Set certificateArn to an ACM certificate of the load balancer's region (arn:aws:acm:<region>:<account>:certificate/<id>, or an aws:acm certificate's arn).";
        var value = listener.Input("certificateArn");
        switch (value)
        {
            case StringValue { Value: var arn } when arn.Split(':') is [_, _, "acm", ..]:
                break;
            case StringValue { Value: var arn } when arn.Length > 0:
                yield return new Finding(listener.Name, "certificateArn", $"'{arn}' is not an ACM certificate.", Fix);
                break;
            case null or NullValue or StringValue:
                yield return new Finding(listener.Name, "certificateArn", "The listener names no certificate.", Fix);
                break;
            default:
                if (ClusterTypes.Referenced(graph, value) is not { } source || !AcmTypes.Contains(source.Type))
                {
                    yield return new Finding(listener.Name, "certificateArn", "certificateArn is neither an ACM ARN nor an ACM certificate of this stack, so it cannot be shown to be from ACM.", Fix);
                }

                break;
        }
    }
}
