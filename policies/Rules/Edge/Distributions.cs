using System.Collections.Immutable;
using IrisStack.Components.Graph;

namespace IrisStack.Policies.Rules.Edge;

/// <summary>The CloudFront types the edge policies look at, and readers of a distribution's behaviours and origins shared between them.</summary>
internal static class Distributions
{
    public const string Distribution = "aws:cloudfront/distribution:Distribution";
    public const string VpcOrigin = "aws:cloudfront/vpcOrigin:VpcOrigin";
    public const string ResponseHeadersPolicy = "aws:cloudfront/responseHeadersPolicy:ResponseHeadersPolicy";
    public const string OriginAccessControl = "aws:cloudfront/originAccessControl:OriginAccessControl";
    public const string LogDeliverySource = "aws:cloudwatch/logDeliverySource:LogDeliverySource";
    public const string LogDelivery = "aws:cloudwatch/logDelivery:LogDelivery";

    /// <summary>The distribution type, as a resource policy's type set.</summary>
    public static readonly ImmutableHashSet<string> DistributionTypes = [Distribution];

    /// <summary>Outputs of an S3 bucket that name its REST endpoint.</summary>
    public static readonly ImmutableHashSet<string> BucketRestEndpoints = ["bucketRegionalDomainName", "bucketDomainName"];

    /// <summary>Protocols too old for any connection the stack makes.</summary>
    public static readonly ImmutableHashSet<string> OutdatedSslProtocols = ["SSLv3", "TLSv1", "TLSv1.1"];

    /// <summary>One cache behaviour: its input path (<c>defaultCacheBehavior</c>, <c>orderedCacheBehaviors[2]</c>) and fields.</summary>
    public sealed record Behaviour(string Path, MapValue Fields)
    {
        public Value? this[string key] => Fields[key];
    }

    /// <summary>One origin: its input path and fields.</summary>
    public sealed record Origin(string Path, MapValue Fields)
    {
        public Value? this[string key] => Fields[key];

        public string Id => Fields["originId"] is StringValue { Value: var id } ? id : Path;
    }

    /// <summary>The default behaviour and every ordered one.</summary>
    public static IEnumerable<Behaviour> Behaviours(ResourceNode distribution)
    {
        if (distribution.Input("defaultCacheBehavior") is MapValue fallback)
        {
            yield return new Behaviour("defaultCacheBehavior", fallback);
        }

        var ordered = (distribution.Input("orderedCacheBehaviors") as ListValue)?.Items ?? [];
        for (var i = 0; i < ordered.Length; i++)
        {
            if (ordered[i] is MapValue behaviour)
            {
                yield return new Behaviour($"orderedCacheBehaviors[{i}]", behaviour);
            }
        }
    }

    /// <summary>The distribution's origins.</summary>
    public static IEnumerable<Origin> Origins(ResourceNode distribution) =>
        ((distribution.Input("origins") as ListValue)?.Items ?? []).Select((o, i) => (o, i)).Where(p => p.o is MapValue).Select(p => new Origin($"origins[{p.i}]", (MapValue)p.o));

    /// <summary>Whether the origin's domain is an S3 website endpoint (public, HTTP only, no origin access control).</summary>
    public static bool IsS3Website(Origin origin) => origin["domainName"] switch
    {
        OutputReference r => r.Output is "websiteEndpoint" or "websiteDomain",
        StringValue s => s.Value.Contains(".s3-website", StringComparison.Ordinal),
        _ => false,
    };

    /// <summary>Whether the origin's domain is an S3 bucket's REST endpoint.</summary>
    public static bool IsS3Rest(Origin origin) => origin["domainName"] switch
    {
        OutputReference r => BucketRestEndpoints.Contains(r.Output),
        StringValue s => s.Value.EndsWith(".amazonaws.com", StringComparison.Ordinal) && s.Value.Contains(".s3.", StringComparison.Ordinal),
        _ => false,
    };

    /// <summary>Whether a value is set to something other than an empty string.</summary>
    public static bool IsSet(Value? value) => value is not (null or NullValue or StringValue { Value: "" });

    /// <summary>The strings of a list value.</summary>
    public static ImmutableArray<string> Strings(Value? value) =>
        [.. ((value as ListValue)?.Items ?? []).OfType<StringValue>().Select(s => s.Value)];
}
