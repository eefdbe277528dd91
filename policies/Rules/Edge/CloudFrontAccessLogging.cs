using System.Collections.Immutable;
using IrisStack.Components.Graph;

namespace IrisStack.Policies.Rules.Edge;

/// <summary>Every distribution writes access logs: standard logging (v2) delivered by CloudWatch Logs, or legacy logging to a bucket.</summary>
public sealed class CloudFrontAccessLogging : StackPolicy
{
    private static readonly ImmutableHashSet<string> ExaminedTypes = [Distributions.Distribution, Distributions.LogDeliverySource, Distributions.LogDelivery];

    private static readonly ImmutableDictionary<string, string> LegacyOnly = ImmutableDictionary.CreateRange(StringComparer.Ordinal, [
        KeyValuePair.Create("CKV_AWS_86", "accepts standard logging (v2) through a CloudWatch Logs delivery, where the peer reads only the distribution's legacy loggingConfig"),
        KeyValuePair.Create("AwsSolutions-CFR3", "accepts standard logging (v2) through a CloudWatch Logs delivery, where the peer reads only the distribution's legacy logging"),
        KeyValuePair.Create("aws-cloudfront-distribution-configure-access-logging", "accepts standard logging (v2) through a CloudWatch Logs delivery, where the peer reads only loggingConfig"),
        KeyValuePair.Create("aws-cloudfront-distribution-enable-access-logging", "accepts standard logging (v2) through a CloudWatch Logs delivery, where the peer reads only loggingConfig"),
    ]);

    /// <inheritdoc />
    public override string Id => "cloudfront-access-logging";

    /// <inheritdoc />
    public override string Description => "Every CloudFront distribution has access logging: an aws:cloudwatch/logDeliverySource with logType ACCESS_LOGS and resourceArn the distribution's arn, used by an aws:cloudwatch/logDelivery (standard logging v2), or a loggingConfig with a bucket (legacy).";

    /// <inheritdoc />
    public override string Rationale => "The access logs are the only record of every viewer request, including those the WAF let through; incident response and abuse reports need them.";

    /// <inheritdoc />
    public override string Layer => "edge";

    /// <inheritdoc />
    public override ImmutableArray<string> PeerIds => [.. LegacyOnly.Keys.Order(StringComparer.Ordinal)];

    /// <inheritdoc />
    public override ImmutableDictionary<string, string> PartialPeers => LegacyOnly;

    /// <inheritdoc />
    public override bool Examines(string type) => ExaminedTypes.Contains(type);

    /// <inheritdoc />
    public override PolicyOutcome Evaluate(ResourceGraph graph, PolicyContext context)
    {
        ArgumentNullException.ThrowIfNull(graph);
        var distributions = graph.OfType(Distributions.Distribution).ToList();
        if (distributions.Count == 0)
        {
            return PolicyOutcome.NotApplicable;
        }

        var delivered = graph.OfType(Distributions.LogDelivery)
            .Select(d => d.Input("deliverySourceName"))
            .OfType<OutputReference>()
            .Where(r => r.Output == "name")
            .Select(r => r.Node)
            .ToHashSet(StringComparer.Ordinal);
        var logged = graph.OfType(Distributions.LogDeliverySource)
            .Where(s => delivered.Contains(s.Name) && s.Input("logType") == new StringValue("ACCESS_LOGS"))
            .Select(s => s.Input("resourceArn"))
            .OfType<OutputReference>()
            .Where(r => r.Output == "arn")
            .Select(r => r.Node)
            .ToHashSet(StringComparer.Ordinal);
        return PolicyOutcome.From(distributions
            .Where(d => !logged.Contains(d.Name) && !Distributions.IsSet(d.Input("loggingConfig.bucket")))
            .Select(d => new Finding(d.Name, string.Empty,
                "The distribution writes no access logs.",
                "Add an aws:cloudwatch/logDeliverySource (logType ACCESS_LOGS, resourceArn this distribution's arn, in us-east-1) and an aws:cloudwatch/logDelivery from it to an S3 or CloudWatch Logs destination.")));
    }
}
