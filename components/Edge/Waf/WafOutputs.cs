using IrisStack.Components.Graph;

namespace IrisStack.Components.Edge.Waf;

/// <summary>What the edge WAF gives the rest of the edge layer.</summary>
/// <param name="WebAcl">The CLOUDFRONT-scoped web ACL; a distribution's <c>webAclId</c> takes its ARN.</param>
/// <param name="LogGroup">The CMK-encrypted CloudWatch log group the ACL logs to.</param>
public sealed record WafOutputs(NodeRef WebAcl, NodeRef LogGroup);
