using System.Collections.Immutable;
using IrisStack.Components.Graph;

namespace IrisStack.Policies;

/// <summary>A policy that sees one resource at a time (its type and inputs), like CrossGuard's resource validation.</summary>
public abstract class ResourcePolicy : Policy
{
    /// <summary>The type tokens the policy checks (aliases of one type go here, not into copies of the rule).</summary>
    public abstract ImmutableHashSet<string> ResourceTypes { get; }

    /// <inheritdoc />
    public sealed override bool Examines(string type) => ResourceTypes.Contains(type);

    /// <summary>Checks one node that <see cref="AppliesTo"/> accepts; yields what is wrong.</summary>
    protected abstract IEnumerable<Finding> Check(ResourceNode node, PolicyContext context);

    /// <summary>
    /// Whether a node of one of <see cref="ResourceTypes"/> is one this policy is about (a private
    /// subnet, an EBS StorageClass). "Not mine" belongs here, never in <see cref="Check"/>: a check
    /// that finds nothing means compliant, so a node it skipped would count as checked and fine.
    /// </summary>
    protected virtual bool AppliesTo(ResourceNode node) => true;

    /// <summary>Not applicable to other types and to nodes <see cref="AppliesTo"/> rejects; otherwise compliant or violations.</summary>
    public PolicyOutcome Evaluate(ResourceNode node, PolicyContext context)
    {
        ArgumentNullException.ThrowIfNull(node);
        return ResourceTypes.Contains(node.Type) && AppliesTo(node) ? PolicyOutcome.From(Check(node, context)) : PolicyOutcome.NotApplicable;
    }

    /// <summary>A finding on <paramref name="node"/>.</summary>
    protected static Finding Violation(ResourceNode node, string property, string message, string fix) =>
        new(node.Name, property, message, fix);
}
