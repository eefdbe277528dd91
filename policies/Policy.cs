using System.Collections.Immutable;
using IrisStack.Components.Config;

namespace IrisStack.Policies;

/// <summary>
/// A policy, as in Pulumi CrossGuard: a stable kebab-case id, what it checks, why it matters, the
/// level it is enforced at unless the stack says otherwise, and the peer rules (Checkov, cdk-nag,
/// AWSGuard, Pulumi compliance packs, kubescape) it corresponds to.
/// </summary>
public abstract class Policy
{
    /// <summary>The stable id (<c>vpc-flow-logs-enabled</c>); config and suppressions name it.</summary>
    public abstract string Id { get; }

    /// <summary>What must be true, in one sentence.</summary>
    public abstract string Description { get; }

    /// <summary>Why it matters.</summary>
    public abstract string Rationale { get; }

    /// <summary>The level used unless the stack overrides it.</summary>
    public virtual EnforcementLevel DefaultLevel => EnforcementLevel.Mandatory;

    /// <summary>The security layer the policy belongs to (network, cluster, ...).</summary>
    public abstract string Layer { get; }

    /// <summary>Ids of the peer rules this policy corresponds to, e.g. <c>CKV2_AWS_11</c>, <c>AwsSolutions-VPC7</c>.</summary>
    public abstract ImmutableArray<string> PeerIds { get; }

    /// <summary>
    /// Whether the policy looks at resources of this type token at all. A type that no enabled
    /// policy examines is reported as not covered, so a clean report cannot hide unchecked resources.
    /// </summary>
    public abstract bool Examines(string type);

    /// <summary>
    /// The ids among <see cref="PeerIds"/> this policy covers only in part, each with a one-line
    /// reason (what the peer checks that the policy does not). Every other peer id holds on any stack
    /// for that peer's resource.
    /// </summary>
    public virtual ImmutableDictionary<string, string> PartialPeers => ImmutableDictionary<string, string>.Empty;
}
