using System.Collections.Immutable;
using System.Text.Json.Nodes;
using IrisStack.Components.Aws;
using IrisStack.Components.Graph;

namespace IrisStack.Components.Edge.Alb;

/// <summary>
/// Who delivers ALB access logs in a region, and the bucket policy statement that lets it write
/// them. The ELB user guide ("Enable access logs for your Application Load Balancer", step 2)
/// names an Elastic Load Balancing account per region for the regions available before August
/// 2022, and the service principal <see cref="ServicePrincipal"/> for the regions launched since.
/// </summary>
public static class ElbLogDelivery
{
    /// <summary>The log delivery service principal of the regions launched in or after August 2022.</summary>
    public const string ServicePrincipal = "logdelivery.elasticloadbalancing.amazonaws.com";

    /// <summary>
    /// The Elastic Load Balancing account of each commercial region available before August 2022
    /// (the ELB user guide's table; the same ids as terraform-provider-aws's aws_elb_service_account).
    /// </summary>
    public static readonly ImmutableSortedDictionary<string, string> LegacyRegionAccounts = ImmutableSortedDictionary.CreateRange(StringComparer.Ordinal, new Dictionary<string, string>
    {
        ["us-east-1"] = "127311923021",
        ["us-east-2"] = "033677994240",
        ["us-west-1"] = "027434742980",
        ["us-west-2"] = "797873946194",
        ["af-south-1"] = "098369216593",
        ["ap-east-1"] = "754344448648",
        ["ap-southeast-3"] = "589379963580",
        ["ap-south-1"] = "718504428378",
        ["ap-northeast-3"] = "383597477331",
        ["ap-northeast-2"] = "600734575887",
        ["ap-southeast-1"] = "114774131450",
        ["ap-southeast-2"] = "783225319266",
        ["ap-northeast-1"] = "582318560864",
        ["ca-central-1"] = "985666609251",
        ["eu-central-1"] = "054676820928",
        ["eu-west-1"] = "156460612806",
        ["eu-west-2"] = "652711504416",
        ["eu-south-1"] = "635631232127",
        ["eu-west-3"] = "009996457667",
        ["eu-north-1"] = "897822967062",
        ["me-south-1"] = "076674570225",
        ["sa-east-1"] = "507241528517",
    });

    /// <summary>The statement's principal in <paramref name="context"/>'s region: the region's ELB account, else the service principal.</summary>
    public static JsonObject Principal(StackContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return LegacyRegionAccounts.TryGetValue(context.Region, out var account)
            ? new JsonObject { ["AWS"] = $"arn:{context.Partition}:iam::{account}:root" }
            : new JsonObject { ["Service"] = ServicePrincipal };
    }

    /// <summary>Lets the region's log delivery put objects under <c>{prefix}/AWSLogs/{account}/</c> of <paramref name="bucket"/>, and nowhere else.</summary>
    public static JsonObject Statement(StackContext context, NodeRef bucket, string prefix)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(bucket);
        return new JsonObject
        {
            ["Sid"] = "AllowElbAccessLogDelivery",
            ["Effect"] = "Allow",
            ["Principal"] = Principal(context),
            ["Action"] = "s3:PutObject",
            ["Resource"] = JsonTemplate.Concat(bucket.Arn, $"/{prefix}/AWSLogs/{context.AccountId}/*"),
        };
    }
}
