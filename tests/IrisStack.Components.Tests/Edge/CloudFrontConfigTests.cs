using System.Text.Json.Nodes;
using IrisStack.Components.Config;
using IrisStack.Components.Edge.CloudFront;
using static IrisStack.Components.Tests.Edge.EdgeSections;

namespace IrisStack.Components.Tests.Edge;

public sealed class CloudFrontConfigTests
{
    public const string CertificateArn = "arn:aws:acm:us-east-1:123456789012:certificate/0f1e2d3c-4b5a-6978-8a9b-0c1d2e3f4a5b";

    private static JsonObject Minimal() => new() { ["aliases"] = new JsonArray("iris.example.com"), ["certificateArn"] = CertificateArn };

    private static JsonObject With(string key, JsonNode? value)
    {
        var section = Minimal();
        section[key] = value;
        return section;
    }

    private static ConfigError Only(JsonObject section) => Assert.Single(CloudFrontError(section).Errors);

    [Fact]
    public void NoSection_NoDistribution() =>
        Assert.Null(Read([]).CloudFront);

    [Fact]
    public void Defaults_SecureAndCheap_ApiPathsFromTheAllowedPaths()
    {
        var config = ReadCloudFront(Minimal());
        Assert.Equal(("TLSv1.2_2021", "PriceClass_100", 365), (config.MinimumProtocolVersion, config.PriceClass, config.LogRetentionDays));
        Assert.Equal((63_072_000, false, FrameOption.SameOrigin), (config.HstsMaxAgeSeconds, config.HstsPreload, config.FrameOption));
        Assert.Equal(["/csp/broker/*.js"], config.StaticPaths.AsEnumerable());
        Assert.Equal(["/api/app/*"], config.ApiPaths.AsEnumerable());
        Assert.Null(config.StaticOrigin);
        Assert.Equal("iris-stack:edge.cloudFront.aliases", config.Settings.KeyOf("aliases"));
    }

    [Fact]
    public void EverySetting_IsRead()
    {
        var section = Minimal();
        section["staticPaths"] = new JsonArray("/csp/broker/*.js", "/app/assets/*");
        section["apiPaths"] = new JsonArray("/api/app/*", "/api/atelier/*");
        section["priceClass"] = "PriceClass_All";
        section["staticOrigin"] = new JsonObject { ["paths"] = new JsonArray("/app/static/*") };
        section["logRetentionDays"] = "30";
        section["minimumProtocolVersion"] = "TLSv1.3_2025";
        section["hstsMaxAgeSeconds"] = "31536000";
        section["hstsPreload"] = "true";
        section["frameOptions"] = "deny";
        var config = ReadCloudFront(section);
        Assert.Equal(["/csp/broker/*.js", "/app/assets/*"], config.StaticPaths.AsEnumerable());
        Assert.Equal(["/api/app/*", "/api/atelier/*"], config.ApiPaths.AsEnumerable());
        Assert.Equal(["/app/static/*"], config.StaticOrigin!.Paths.AsEnumerable());
        Assert.Equal(("PriceClass_All", 30, "TLSv1.3_2025"), (config.PriceClass, config.LogRetentionDays, config.MinimumProtocolVersion));
        Assert.Equal((31_536_000, true, FrameOption.Deny), (config.HstsMaxAgeSeconds, config.HstsPreload, config.FrameOption));
    }

    [Fact]
    public void NoAliases_IsRefused_TheDefaultCertificateForcesTlsV1()
    {
        var error = Only(new JsonObject { ["certificateArn"] = CertificateArn });
        Assert.Equal("iris-stack:edge.cloudFront.aliases", error.Key);
        Assert.Contains("forces TLSv1", error.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void AliasWithoutACertificate_NamesCertificateArn()
    {
        var error = Only(new JsonObject { ["aliases"] = new JsonArray("iris.example.com") });
        Assert.Equal("iris-stack:edge.cloudFront.certificateArn", error.Key);
        Assert.Contains("iris.example.com need a certificate", error.Problem, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("arn:aws:acm:eu-west-1:123456789012:certificate/0f1e2d3c-4b5a-6978-8a9b-0c1d2e3f4a5b", "is in eu-west-1; CloudFront uses ACM certificates only from us-east-1")]
    [InlineData("arn:aws:iam::123456789012:server-certificate/iris", "is not an ACM certificate ARN")]
    public void CertificateArn_NotAnAcmArnInUsEast1_NamesTheKey(string arn, string problem)
    {
        var error = Only(With("certificateArn", arn));
        Assert.Equal("iris-stack:edge.cloudFront.certificateArn", error.Key);
        Assert.Contains(problem, error.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void HostedZoneId_IsNotSupportedYet_AndNamesTheKey()
    {
        var error = Only(new JsonObject { ["aliases"] = new JsonArray("iris.example.com"), ["hostedZoneId"] = "Z0123456789ABCDEFGHIJ" });
        Assert.Equal("iris-stack:edge.cloudFront.hostedZoneId", error.Key);
        Assert.Contains("certificateArn", error.Fix, StringComparison.Ordinal);
    }

    [Fact]
    public void CertificateArnAndHostedZoneId_Both_IsRefused() =>
        Assert.Equal("iris-stack:edge.cloudFront.hostedZoneId", Only(With("hostedZoneId", "Z0123456789ABCDEFGHIJ")).Key);

    [Theory]
    [InlineData("https://iris.example.com")]
    [InlineData("IRIS.example.com")]
    [InlineData("localhost")]
    [InlineData("iris..example.com")]
    [InlineData("-iris.example.com")]
    public void Alias_NotAHostname_NamesTheEntry(string alias)
    {
        var error = Only(With("aliases", new JsonArray("iris.example.com", alias)));
        Assert.Equal("iris-stack:edge.cloudFront.aliases[1]", error.Key);
        Assert.Contains("is not a hostname", error.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void WildcardAlias_IsAHostname() =>
        Assert.Equal(["*.iris.example.com"], ReadCloudFront(With("aliases", new JsonArray("*.iris.example.com"))).Aliases.AsEnumerable());

    [Theory]
    [InlineData("staticPaths", "csp/broker/*.js")]
    [InlineData("staticPaths", "/csp/broker/?.js")]
    [InlineData("staticPaths", "/csp/../sys/*")]
    [InlineData("apiPaths", "/api/app/*?x=1")]
    public void PathNotAPlainPattern_NamesTheEntry(string key, string path)
    {
        var error = Only(With(key, new JsonArray(path)));
        Assert.Equal($"iris-stack:edge.cloudFront.{key}[0]", error.Key);
    }

    [Fact]
    public void StaticPathUnderAnApiPath_IsRefused_ItWouldBeCachedWithoutItsCredentials()
    {
        var error = Only(With("staticPaths", new JsonArray("/api/app/*.js")));
        Assert.Equal("iris-stack:edge.cloudFront.staticPaths", error.Key);
        Assert.Contains("under the API path '/api/app/*'", error.Problem, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("TLSv1", "allows TLS older than 1.2")]
    [InlineData("TLSv1.2_2019", "allows TLS older than 1.2 or weak ciphers")]
    [InlineData("TLSv1.4_2030", "is not a CloudFront security policy")]
    public void MinimumProtocolVersion_OlderThanTls12_2021_IsRefused(string version, string problem)
    {
        var error = Only(With("minimumProtocolVersion", version));
        Assert.Equal("iris-stack:edge.cloudFront.minimumProtocolVersion", error.Key);
        Assert.Contains(problem, error.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void HstsShorterThanAYear_NamesTheKey() =>
        Assert.Equal("iris-stack:edge.cloudFront.hstsMaxAgeSeconds", Only(With("hstsMaxAgeSeconds", "86400")).Key);

    [Fact]
    public void StaticOrigin_WithoutPaths_NamesTheKey() =>
        Assert.Equal("iris-stack:edge.cloudFront.staticOrigin.paths", Only(With("staticOrigin", new JsonObject())).Key);

    [Fact]
    public void PriceClass_Unknown_NamesTheKey() =>
        Assert.Equal("iris-stack:edge.cloudFront.priceClass", Only(With("priceClass", "PriceClass_50")).Key);

    [Fact]
    public void EveryProblem_IsReportedAtOnce()
    {
        var errors = CloudFrontError(new JsonObject
        {
            ["aliases"] = new JsonArray("iris.example.com", "not a host"),
            ["certificateArn"] = "arn:aws:acm:eu-central-1:123456789012:certificate/abc",
            ["staticPaths"] = new JsonArray("static"),
            ["minimumProtocolVersion"] = "TLSv1",
            ["geoRestriction"] = "none",
        }).Errors;
        Assert.Equal(
            ["iris-stack:edge.cloudFront.aliases[1]", "iris-stack:edge.cloudFront.certificateArn", "iris-stack:edge.cloudFront.geoRestriction", "iris-stack:edge.cloudFront.minimumProtocolVersion", "iris-stack:edge.cloudFront.staticPaths[0]"],
            errors.Select(e => e.Key).Order(StringComparer.Ordinal));
    }
}
