using System.Text.RegularExpressions;

namespace IrisStack.Components.Aws;

/// <summary>What makes a region name and an account id valid here, for every reader of them (stack files and component args).</summary>
public static partial class AwsIdentifiers
{
    /// <summary>Why <paramref name="region"/> cannot be used, or null when it can.</summary>
    public static string? RegionProblem(string region) =>
        !RegionPattern().IsMatch(region) ? $"'{region}' is not an AWS region name."
        : IsOutsideCommercialPartition(region) ? $"'{region}' is outside the commercial aws partition; the China (cn-*) and GovCloud (us-gov-*) partitions are not supported yet (nor the ISO ones): their ARNs, service principals and the load balancer controller's IAM policy differ."
        : null;

    /// <summary>Why <paramref name="accountId"/> is not an account id, or null when it is.</summary>
    public static string? AccountIdProblem(string accountId) =>
        AccountPattern().IsMatch(accountId) ? null : $"'{accountId}' is not a 12-digit AWS account id.";

    // China uses ec2.amazonaws.com.cn and upstream ships separate LBC policies for cn and us-gov, so
    // rewriting arn:aws: is not enough; refuse those regions until they are supported properly.
    private static bool IsOutsideCommercialPartition(string region) =>
        region.StartsWith("cn-", StringComparison.Ordinal) || region.Contains("-gov-", StringComparison.Ordinal) || region.Contains("-iso", StringComparison.Ordinal);

    [GeneratedRegex("^[a-z]{2}(-gov|-iso[a-z]?)?-[a-z]+-[0-9]$")]
    private static partial Regex RegionPattern();

    [GeneratedRegex("^[0-9]{12}$")]
    private static partial Regex AccountPattern();
}
