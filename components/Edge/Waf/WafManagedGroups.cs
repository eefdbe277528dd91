using System.Collections.Immutable;

namespace IrisStack.Components.Edge.Waf;

/// <summary>
/// The AWS managed rule groups every edge web ACL carries, in rule order, and how a group left in
/// count mode records its reason on the ACL so that a policy reading any preview can see it.
/// Names and vendor from the AWS managed rule groups list of the WAF developer guide.
/// </summary>
public static class WafManagedGroups
{
    /// <summary>The vendor of AWS's own managed rule groups.</summary>
    public const string Vendor = "AWS";

    /// <summary>Known malicious sources (Amazon threat intelligence): cheapest first.</summary>
    public const string AmazonIpReputationList = "AWSManagedRulesAmazonIpReputationList";

    /// <summary>The core rule set: OWASP Top 10 style checks, XSS in body, query, URI and cookies, size limits.</summary>
    public const string CommonRuleSet = "AWSManagedRulesCommonRuleSet";

    /// <summary>Request patterns known to be invalid or to exploit vulnerabilities (Log4j, Java deserialization, localhost host headers).</summary>
    public const string KnownBadInputsRuleSet = "AWSManagedRulesKnownBadInputsRuleSet";

    /// <summary>SQL injection in body, query, URI and cookies.</summary>
    public const string SqliRuleSet = "AWSManagedRulesSQLiRuleSet";

    /// <summary>The baseline groups, in the order the web ACL evaluates them.</summary>
    public static readonly ImmutableArray<string> Baseline = [AmazonIpReputationList, CommonRuleSet, KnownBadInputsRuleSet, SqliRuleSet];

    /// <summary>
    /// The tag on the web ACL that carries why <paramref name="group"/> only counts: a rule in
    /// count mode has nowhere else to say why, and a tag shows in every Pulumi preview.
    /// </summary>
    public static string CountReasonTag(string group) => $"iris-stack:waf-count-reason:{group}";
}
