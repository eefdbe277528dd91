using IrisStack.Components.Graph;
using static IrisStack.Policies.Tests.Fixtures.NetworkFixture;

namespace IrisStack.Policies.Tests.Fixtures;

/// <summary>
/// One report with every outcome a report must show: a mandatory violation (log retention 30 &lt; 365),
/// an advisory one (key rotation off, level advisory), a suppressed one (AWS-managed log key,
/// suppressed by URN), a disabled policy (default security group), not-applicable ones (no private
/// subnet for the NAT egress and public-IP policies) and passing ones.
/// </summary>
internal static class ReportFixture
{
    public const string SuppressionReason = "AWS-managed key accepted until the CMK migration (SEC-42)";

    public static ResourceGraph Graph() => NetworkFixture.Graph((name, inputs) => name switch
    {
        FlowLogGroup => inputs.With("retentionInDays", 30).With("kmsKeyId", "arn:aws:kms:eu-west-1:111111111111:alias/aws/logs"),
        LogsKey => inputs.With("enableKeyRotation", false),
        PrivateSubnet or PrivateAssociation => null,
        _ => inputs,
    });

    public static string LogGroupUrn => Graph().UrnOf(FlowLogGroup);

    public static PolicyReport Report() => PolicyRunner.Run(NetworkPack.Create(), Graph(), Settings.From($$"""
        {
          "levels": {"kms-key-rotation-enabled": "advisory", "default-security-group-no-rules": "disabled"},
          "suppressions": [{"policy": "log-group-encrypted-with-cmk", "resource": "{{LogGroupUrn}}", "reason": "{{SuppressionReason}}"}]
        }
        """));
}
