using IrisStack.Components.Aws;
using IrisStack.Components.Edge.Waf;
using IrisStack.Components.Graph;

namespace IrisStack.Components.Edge.CloudFront;

/// <summary>
/// The CloudFront distribution in front of the application: the aliases with their ACM
/// certificate (SNI, TLS 1.2 or newer), HTTP/2 and HTTP/3, the WAF attached, the application
/// reached through its VPC origin, the cache behaviours of <see cref="CloudFrontBehaviours"/>,
/// security response headers, standard logging (v2) to a CMK-encrypted bucket and, when
/// configured, a private static-content bucket behind Origin Access Control. Everything goes
/// through the us-east-1 provider.
/// </summary>
public static class EdgeCloudFront
{
    /// <summary>The header CloudFront adds with the viewer's address and port, from which the tiers behind set X-Real-IP.</summary>
    public const string ViewerAddressHeader = "CloudFront-Viewer-Address";

    /// <summary>The header that carries API credentials; CloudFront forwards it only as part of a cache key.</summary>
    public const string AuthorizationHeader = "Authorization";

    /// <summary>Seconds CloudFront keeps an idle connection to the origin open.</summary>
    public const int OriginKeepaliveSeconds = 5;

    /// <summary>Seconds CloudFront waits for the origin's response.</summary>
    public const int OriginReadSeconds = 30;

    /// <summary>Adds the distribution and everything it uses under <paramref name="parent"/>.</summary>
    /// <param name="graph">The graph to add to.</param>
    /// <param name="scope">The edge component's scope, which names the children.</param>
    /// <param name="context">The stack's account and tags.</param>
    /// <param name="config">The distribution's settings.</param>
    /// <param name="webAclArn">The WAF web ACL the distribution attaches.</param>
    /// <param name="origin">The application origin (the internal ALB and its VPC origin).</param>
    /// <param name="parent">The edge component node.</param>
    /// <param name="usEast1Provider">The us-east-1 aws provider node.</param>
    public static CloudFrontOutputs Add(GraphBuilder graph, ComponentScope scope, StackContext context, CloudFrontConfig config, Value webAclArn, CloudFrontOrigin origin, string parent, string usEast1Provider)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(config);
        ArgumentNullException.ThrowIfNull(webAclArn);
        ArgumentNullException.ThrowIfNull(origin);
        var edgeRegion = context with { Region = WafLimits.CloudFrontRegion };
        var physical = context.PhysicalName("-");
        var options = new ResourceOptions { Provider = usEast1Provider };
        NodeRef Add(string type, string role, params (string Key, Value? Value)[] inputs) =>
            graph.Resource(type, scope.Child(role), MapValue.Of(inputs), parent, options);
        var distributionName = scope.Child("cdn");

        var headers = Add("aws:cloudfront/responseHeadersPolicy:ResponseHeadersPolicy", "cdn-security-headers",
            ("name", $"{physical}-security-headers"),
            ("comment", $"Security headers on every response of {context.Project}/{context.Stack}"),
            ("securityHeadersConfig", MapValue.Of(
                ("strictTransportSecurity", MapValue.Of(
                    ("accessControlMaxAgeSec", config.HstsMaxAgeSeconds),
                    ("includeSubdomains", true),
                    ("preload", config.HstsPreload),
                    ("override", true))),
                ("contentTypeOptions", MapValue.Of(("override", true))),
                ("frameOptions", MapValue.Of(
                    ("frameOption", config.FrameOption switch
                    {
                        FrameOption.Deny => "DENY",
                        FrameOption.SameOrigin => "SAMEORIGIN",
                        _ => throw new ArgumentOutOfRangeException(nameof(config), config.FrameOption, "Unknown frame option."),
                    }),
                    ("override", true))),
                ("referrerPolicy", MapValue.Of(("referrerPolicy", "strict-origin-when-cross-origin"), ("override", true))))));
        graph.Setting(headers.Name, "securityHeadersConfig", config.Settings.KeyOf("hstsMaxAgeSeconds"), config.Settings.KeyOf("hstsPreload"), config.Settings.KeyOf("frameOptions"));

        var viewerAddress = MapValue.Of(("headerBehavior", "whitelist"), ("headers", MapValue.Of(("items", ListValue.Of(ViewerAddressHeader)))));
        var dynamicRequests = Add("aws:cloudfront/originRequestPolicy:OriginRequestPolicy", "cdn-dynamic-requests",
            ("name", $"{physical}-dynamic"),
            ("comment", "Dynamic paths: the session cookies and the viewer's address; no query strings"),
            ("cookiesConfig", MapValue.Of(("cookieBehavior", "all"))),
            ("headersConfig", viewerAddress),
            ("queryStringsConfig", MapValue.Of(("queryStringBehavior", "none"))));

        // CloudFront refuses an origin request policy that forwards Authorization: the header must
        // be in the cache key, so that no cached response answers another caller. A cache key needs
        // a TTL above 0, so responses are cached for at most a second, and only when the origin
        // says they may be.
        var apiCache = Add("aws:cloudfront/cachePolicy:CachePolicy", "cdn-api-cache",
            ("name", $"{physical}-api"),
            ("comment", "API paths: Authorization, cookies and query strings in the key; cached only as the origin allows, for at most 1s"),
            ("minTtl", 0),
            ("defaultTtl", 0),
            ("maxTtl", 1),
            ("parametersInCacheKeyAndForwardedToOrigin", MapValue.Of(
                ("cookiesConfig", MapValue.Of(("cookieBehavior", "all"))),
                ("headersConfig", MapValue.Of(("headerBehavior", "whitelist"), ("headers", MapValue.Of(("items", ListValue.Of(AuthorizationHeader)))))),
                ("queryStringsConfig", MapValue.Of(("queryStringBehavior", "all"))),
                ("enableAcceptEncodingGzip", true),
                ("enableAcceptEncodingBrotli", true))));
        var apiRequests = Add("aws:cloudfront/originRequestPolicy:OriginRequestPolicy", "cdn-api-requests",
            ("name", $"{physical}-api"),
            ("comment", "API paths: the viewer's address (credentials, cookies and query strings come with the cache key)"),
            ("cookiesConfig", MapValue.Of(("cookieBehavior", "none"))),
            ("headersConfig", viewerAddress),
            ("queryStringsConfig", MapValue.Of(("queryStringBehavior", "none"))));

        var origins = new List<Value>
        {
            MapValue.Of(
                ("originId", CloudFrontBehaviours.AppOrigin),
                ("domainName", origin.DomainName),
                ("vpcOriginConfig", MapValue.Of(
                    ("vpcOriginId", origin.VpcOriginId),
                    ("originKeepaliveTimeout", OriginKeepaliveSeconds),
                    ("originReadTimeout", OriginReadSeconds)))),
        };
        NodeRef? staticBucket = null;
        if (config.StaticOrigin is not null)
        {
            var (bucket, accessControl) = StaticContentOrigin.Add(graph, scope, edgeRegion, parent, usEast1Provider);
            staticBucket = bucket;
            origins.Add(MapValue.Of(
                ("originId", CloudFrontBehaviours.StaticOrigin),
                ("domainName", bucket.Output("bucketRegionalDomainName")),
                ("originAccessControlId", accessControl.Id)));
        }

        var policies = new CloudFrontBehaviours.PolicyIds(headers.Id, dynamicRequests.Id, apiCache.Id, apiRequests.Id);
        var distribution = graph.Resource("aws:cloudfront/distribution:Distribution", distributionName, MapValue.Of(
            ("comment", $"{context.Project}/{context.Stack}: the only way in"),
            ("enabled", true),
            ("isIpv6Enabled", true),
            ("httpVersion", "http2and3"),
            ("priceClass", config.PriceClass),
            ("aliases", ListValue.Of(config.Aliases.Select(a => (Value)a))),
            ("viewerCertificate", MapValue.Of(
                ("acmCertificateArn", config.CertificateArn),
                ("sslSupportMethod", "sni-only"),
                ("minimumProtocolVersion", config.MinimumProtocolVersion))),
            ("webAclId", webAclArn),
            ("origins", new ListValue([.. origins])),
            ("defaultCacheBehavior", CloudFrontBehaviours.Default(policies)),
            ("orderedCacheBehaviors", ListValue.Of(CloudFrontBehaviours.Ordered(config, policies).Select(b => (Value)b))),
            // Geo filtering is the WAF's geo rule, which logs and counts what it blocks.
            ("restrictions", MapValue.Of(("geoRestriction", MapValue.Of(("restrictionType", "none"))))),
            ("tags", context.TagsFor(distributionName))),
            parent, options);
        graph.Setting(distribution.Name, "aliases", config.Settings.KeyOf("aliases"));
        graph.Setting(distribution.Name, "viewerCertificate", config.Settings.KeyOf("certificateArn"), config.Settings.KeyOf("minimumProtocolVersion"));
        graph.Setting(distribution.Name, "priceClass", config.Settings.KeyOf("priceClass"));
        graph.Setting(distribution.Name, "orderedCacheBehaviors", config.Settings.KeyOf("staticPaths"), config.Settings.KeyOf("apiPaths"), config.Settings.KeyOf("staticOrigin"));

        if (staticBucket is not null)
        {
            StaticContentOrigin.AdmitOnly(graph, staticBucket, distribution.Arn, parent, usEast1Provider);
        }

        var logBucket = CloudFrontLogging.Add(graph, scope, edgeRegion, config, distribution.Arn, parent, usEast1Provider);

        // One bucket for the server access logs of the edge's buckets (S3 logs only within a region).
        var accessLogsName = scope.Child("s3-access-logs");
        var logged = staticBucket is null ? new[] { (logBucket.Name, logBucket) } : [(logBucket.Name, logBucket), (staticBucket.Name, staticBucket)];
        var accessLogs = HardenedBucket.Add(graph, edgeRegion, accessLogsName, parent, new HardenedBucketSpec(
            new BucketEncryption.S3Managed(),
            new BucketLifecycle(CloudFrontLogging.NoncurrentVersionDays, config.LogRetentionDays, ArchiveAfterDays: null),
            ObjectLock: null,
            [HardenedBucket.ServerAccessLogDelivery(edgeRegion, accessLogsName, logged)]),
            usEast1Provider);
        foreach (var (name, bucket) in logged)
        {
            HardenedBucket.LogTo(graph, name, parent, bucket, accessLogs, usEast1Provider);
        }

        return new CloudFrontOutputs(distribution, logBucket, staticBucket);
    }
}
