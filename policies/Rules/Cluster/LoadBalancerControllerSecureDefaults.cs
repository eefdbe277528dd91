using System.Collections.Immutable;
using IrisStack.Components.Cluster;
using IrisStack.Components.Graph;

namespace IrisStack.Policies.Rules.Cluster;

/// <summary>
/// The AWS Load Balancer Controller release narrows its insecure defaults (TLS policy
/// ELBSecurityPolicy-2016-08, inbound 0.0.0.0/0): a TLS 1.2+ fallback policy, IngressClassParams
/// for the <c>alb</c> class, and no legacy class annotation that would bypass those params.
/// </summary>
public sealed class LoadBalancerControllerSecureDefaults : ResourcePolicy
{
    /// <inheritdoc />
    public override string Id => "lbc-secure-defaults";

    /// <inheritdoc />
    public override string Description => "The aws-load-balancer-controller release sets a TLS 1.2+ defaultSSLPolicy, IngressClassParams (sslPolicy, inboundCIDRs) for its alb class and disableIngressClassAnnotation: true, so Ingresses of that class get neither TLS below 1.2 nor inbound 0.0.0.0/0.";

    /// <inheritdoc />
    public override string Rationale => "The controller builds the ALB from Ingress annotations, which no rule set reads (family L11); its defaults are ELBSecurityPolicy-2016-08 (TLS 1.0) and 0.0.0.0/0. IngressClassParams values win over annotations, but only for Ingresses whose ingressClassName is the class; the legacy kubernetes.io/ingress.class annotation attaches an Ingress without them, so new uses of it must be refused. defaultSSLPolicy is only the fallback where no annotation names a TLS policy.";

    /// <inheritdoc />
    public override string Layer => "cluster";

    /// <inheritdoc />
    public override ImmutableArray<string> PeerIds => ["CKV_AWS_103", "CKV2_AWS_74"];

    /// <inheritdoc />
    public override ImmutableDictionary<string, string> PartialPeers => ImmutableDictionary<string, string>.Empty
        .Add("CKV_AWS_103", "only the listeners the controller creates at run time, through its chart values; listener resources are lb-listener-tls12's")
        .Add("CKV2_AWS_74", "only the listeners the controller creates at run time, through its chart values; listener resources are lb-listener-tls12's");

    /// <inheritdoc />
    public override ImmutableHashSet<string> ResourceTypes => [ClusterTypes.HelmRelease];

    /// <inheritdoc />
    protected override bool AppliesTo(ResourceNode node) =>
        ClusterTypes.Text(node, "chart") is { } chart && chart.EndsWith("aws-load-balancer-controller", StringComparison.Ordinal);

    /// <inheritdoc />
    protected override IEnumerable<Finding> Check(ResourceNode node, PolicyContext context)
    {
        var fix = $"use a TLS 1.2+ policy such as {ElbSecurityPolicies.Recommended}.";
        var defaultPolicy = ClusterTypes.Text(node, "values.defaultSSLPolicy");
        if (defaultPolicy is null || !ElbSecurityPolicies.IsTls12OrNewer(defaultPolicy))
        {
            yield return Violation(node, "values.defaultSSLPolicy",
                defaultPolicy is null ? $"defaultSSLPolicy is unset, so TLS listeners get {ElbSecurityPolicies.ControllerDefault} (TLS 1.0)." : $"defaultSSLPolicy '{defaultPolicy}' allows TLS below 1.2.",
                "Set values.defaultSSLPolicy: " + fix);
        }

        if (node.Input("values.disableIngressClassAnnotation") is not BoolValue { Value: true })
        {
            yield return Violation(node, "values.disableIngressClassAnnotation",
                "disableIngressClassAnnotation is not true, so an Ingress can pick the controller with the legacy kubernetes.io/ingress.class annotation and bypass the IngressClassParams.",
                "Set values.disableIngressClassAnnotation: true and give Ingresses spec.ingressClassName instead.");
        }

        if (node.Input("values.ingressClassParams.create") is BoolValue { Value: false })
        {
            yield return Violation(node, "values.ingressClassParams.create", "The chart's IngressClassParams are not created, so each Ingress picks its own TLS policy and sources.", "Set values.ingressClassParams.create: true with a spec.");
            yield break;
        }

        var sslPolicy = ClusterTypes.Text(node, "values.ingressClassParams.spec.sslPolicy");
        if (sslPolicy is null || !ElbSecurityPolicies.IsTls12OrNewer(sslPolicy))
        {
            yield return Violation(node, "values.ingressClassParams.spec.sslPolicy",
                sslPolicy is null ? "IngressClassParams do not fix the TLS policy, so an Ingress without the ssl-policy annotation gets the default." : $"IngressClassParams sslPolicy '{sslPolicy}' allows TLS below 1.2.",
                "Set values.ingressClassParams.spec.sslPolicy: " + fix);
        }

        var cidrs = (node.Input("values.ingressClassParams.spec.inboundCIDRs") as ListValue)?.Items.OfType<StringValue>().Select(s => s.Value).ToList() ?? [];
        if (cidrs.Count == 0)
        {
            yield return Violation(node, "values.ingressClassParams.spec.inboundCIDRs", "IngressClassParams do not fix inboundCIDRs, so an Ingress without the inbound-cidrs annotation is open to 0.0.0.0/0.",
                "Set values.ingressClassParams.spec.inboundCIDRs to the networks allowed in (e.g. the VPC CIDR).");
        }
        else if (cidrs.FirstOrDefault(ClusterTypes.IsOpenToWorld) is { } open)
        {
            yield return Violation(node, "values.ingressClassParams.spec.inboundCIDRs", $"inboundCIDRs includes {open}.", "List only the networks allowed in.");
        }
    }
}
