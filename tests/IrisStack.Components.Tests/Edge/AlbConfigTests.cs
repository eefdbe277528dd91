using System.Text.Json.Nodes;
using IrisStack.Components.Edge.Alb;

namespace IrisStack.Components.Tests.Edge;

public sealed class AlbConfigTests
{
    private const string Certificate = "arn:aws:acm:eu-west-1:123456789012:certificate/11111111-2222-3333-4444-555555555555";

    private static JsonObject Minimal() => new() { ["certificateArn"] = Certificate, ["originFacingPrefixListId"] = "pl-4fa04526" };

    private static JsonObject With(string key, JsonNode? value)
    {
        var alb = Minimal();
        alb[key] = value;
        return alb;
    }

    [Fact]
    public void Minimal_TakesEveryDefault()
    {
        var alb = EdgeSections.ReadAlb(Minimal());
        Assert.Equal(
            new AlbConfig(Certificate, "ELBSecurityPolicy-TLS13-1-2-2021-06", false, 90, 60, "/", "200-499", "pl-4fa04526"),
            alb);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void DeletionProtection_DefaultsToTheStacksProtection_AndCanBeSet(bool protect)
    {
        Assert.Equal(protect, EdgeSections.ReadAlb(Minimal(), protect).DeletionProtection);
        Assert.True(EdgeSections.ReadAlb(With("deletionProtection", true), protect).DeletionProtection);
    }

    [Fact]
    public void Settings_AreRead()
    {
        var alb = Minimal();
        alb["sslPolicy"] = "ELBSecurityPolicy-TLS13-1-3-2021-06";
        alb["accessLogRetentionDays"] = 400;
        alb["idleTimeoutSeconds"] = 120;
        alb["healthCheckPath"] = "/status";
        alb["healthCheckMatcher"] = "200";
        Assert.Equal(
            new AlbConfig(Certificate, "ELBSecurityPolicy-TLS13-1-3-2021-06", false, 400, 120, "/status", "200", "pl-4fa04526"),
            EdgeSections.ReadAlb(alb));
    }

    [Fact]
    public void NoAlbSection_NoAlb()
    {
        Assert.Null(EdgeSections.Read(new JsonObject()).Alb);
    }

    [Fact]
    public void Empty_NamesBothRequiredKeys()
    {
        var error = EdgeSections.AlbError(new JsonObject());
        Assert.Equal(["iris-stack:edge.alb.certificateArn", "iris-stack:edge.alb.originFacingPrefixListId"], error.Errors.Select(e => e.Key).Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("certificateArn", "arn:aws:acm:us-east-1:123456789012:certificate/11111111-2222-3333-4444-555555555555", "of its own region, eu-west-1")]
    [InlineData("certificateArn", "arn:aws:iam::123456789012:server-certificate/edge", "not an ACM certificate ARN")]
    [InlineData("sslPolicy", "ELBSecurityPolicy-2016-08", "minimum is TLS 1.2")]
    [InlineData("sslPolicy", "ELBSecurityPolicy-TLS-1-1-2017-01", "minimum is TLS 1.2")]
    [InlineData("healthCheckPath", "status", "absolute path")]
    [InlineData("healthCheckMatcher", "200-599", "between 200 and 499")]
    [InlineData("originFacingPrefixListId", "com.amazonaws.global.cloudfront.origin-facing", "not a prefix list id")]
    public void BadValue_NamesTheKey(string key, string value, string problem)
    {
        var error = Assert.Single(EdgeSections.AlbError(With(key, value)).Errors);
        Assert.Equal($"iris-stack:edge.alb.{key}", error.Key);
        Assert.Contains(problem, error.Problem, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("idleTimeoutSeconds", 4001)]
    [InlineData("accessLogRetentionDays", 0)]
    public void OutOfRange_NamesTheKey(string key, int value)
    {
        Assert.Equal($"iris-stack:edge.alb.{key}", Assert.Single(EdgeSections.AlbError(With(key, value)).Errors).Key);
    }

    [Fact]
    public void UnknownKey_IsRefused()
    {
        Assert.Equal("iris-stack:edge.alb.httpListener", Assert.Single(EdgeSections.AlbError(With("httpListener", true)).Errors).Key);
    }

    [Fact]
    public void EveryAcceptedPolicy_IsOfTheTls12Families()
    {
        Assert.All(AlbSslPolicies.Tls12OrNewer, p => Assert.True(Components.Cluster.ElbSecurityPolicies.IsTls12OrNewer(p), p));
    }
}
