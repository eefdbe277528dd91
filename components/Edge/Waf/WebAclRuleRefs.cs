using IrisStack.Components.Graph;

namespace IrisStack.Components.Edge.Waf;

/// <summary>The sets the web ACL's rules reference.</summary>
/// <param name="Ipv4BlockSetArn">The IPv4 block set's ARN, or null when the block list has no IPv4 entry.</param>
/// <param name="Ipv6BlockSetArn">The IPv6 block set's ARN, or null when the block list has no IPv6 entry.</param>
/// <param name="AllowListSetArn">The URI allow-list's regex pattern set ARN.</param>
public sealed record WebAclRuleRefs(Value? Ipv4BlockSetArn, Value? Ipv6BlockSetArn, Value AllowListSetArn);
