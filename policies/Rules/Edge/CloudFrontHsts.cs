using System.Collections.Immutable;
using IrisStack.Components.Edge.CloudFront;
using IrisStack.Components.Graph;

namespace IrisStack.Policies.Rules.Edge;

/// <summary>Every behaviour of a distribution sets HSTS for a year or more, subdomains included, through a response headers policy.</summary>
public sealed class CloudFrontHsts : StackPolicy
{
    private static readonly ImmutableHashSet<string> ExaminedTypes = [Distributions.Distribution, Distributions.ResponseHeadersPolicy];

    private static readonly ImmutableArray<string> RequiredFlags = ["includeSubdomains", "override"];

    /// <inheritdoc />
    public override string Id => "cloudfront-hsts";

    /// <inheritdoc />
    public override string Description => $"Every cache behaviour of a CloudFront distribution has a responseHeadersPolicyId of a response headers policy of the stack, and every response headers policy sets strictTransportSecurity with accessControlMaxAgeSec of at least {CloudFrontConfig.MinimumHstsMaxAgeSeconds}, includeSubdomains and override.";

    /// <inheritdoc />
    public override string Rationale => "HSTS makes browsers refuse plain HTTP to the domain for its max-age, so a network attacker cannot strip TLS on a viewer's first request after the redirect.";

    /// <inheritdoc />
    public override string Layer => "edge";

    /// <inheritdoc />
    public override ImmutableArray<string> PeerIds => ["CKV2_AWS_32", "CKV_AWS_259"];

    /// <inheritdoc />
    public override ImmutableDictionary<string, string> PartialPeers => ImmutableDictionary<string, string>.Empty
        .Add("CKV_AWS_259", "leaves preload to the stack (hstsPreload: joining the browsers' preload list is hard to undo); CKV_AWS_259 requires it.");

    /// <inheritdoc />
    public override bool Examines(string type) => ExaminedTypes.Contains(type);

    /// <inheritdoc />
    public override PolicyOutcome Evaluate(ResourceGraph graph, PolicyContext context)
    {
        ArgumentNullException.ThrowIfNull(graph);
        var distributions = graph.OfType(Distributions.Distribution).ToList();
        var policies = graph.OfType(Distributions.ResponseHeadersPolicy).ToList();
        if (distributions.Count == 0 && policies.Count == 0)
        {
            return PolicyOutcome.NotApplicable;
        }

        var names = policies.Select(p => p.Name).ToHashSet(StringComparer.Ordinal);
        var unattached = distributions.SelectMany(d => Distributions.Behaviours(d)
            .Where(b => b["responseHeadersPolicyId"] is not OutputReference { Output: "id" } r || !names.Contains(r.Node))
            .Select(b => new Finding(d.Name, $"{b.Path}.responseHeadersPolicyId",
                "The behaviour has no response headers policy of this stack, so its responses carry no HSTS this check can confirm.",
                "Set responseHeadersPolicyId to the id of an aws:cloudfront/responseHeadersPolicy:ResponseHeadersPolicy with strictTransportSecurity.")));
        return PolicyOutcome.From(unattached.Concat(policies.SelectMany(Hsts)));
    }

    private static IEnumerable<Finding> Hsts(ResourceNode policy)
    {
        const string Path = "securityHeadersConfig.strictTransportSecurity";
        if (policy.Input(Path) is not MapValue hsts)
        {
            yield return new Finding(policy.Name, Path, "The policy sets no Strict-Transport-Security header.",
                $"Set strictTransportSecurity with accessControlMaxAgeSec {CloudFrontConfig.MinimumHstsMaxAgeSeconds} or more, includeSubdomains true and override true.");
            yield break;
        }

        if (hsts["accessControlMaxAgeSec"] is not NumberValue { Value: var age } || age < CloudFrontConfig.MinimumHstsMaxAgeSeconds)
        {
            yield return new Finding(policy.Name, $"{Path}.accessControlMaxAgeSec", $"HSTS max-age is {ValueText.Display(hsts["accessControlMaxAgeSec"]) ?? "not set"}, shorter than a year.", $"Set accessControlMaxAgeSec to {CloudFrontConfig.MinimumHstsMaxAgeSeconds} or more.")
            {
                Want = $"{CloudFrontConfig.MinimumHstsMaxAgeSeconds} or more",
                Setting = "hstsMaxAgeSeconds",
            };
        }

        foreach (var flag in RequiredFlags.Where(f => hsts[f] is not BoolValue { Value: true }))
        {
            yield return new Finding(policy.Name, $"{Path}.{flag}", $"HSTS {flag} is not true.", $"Set {flag} to true.");
        }
    }
}
