namespace IrisStack.Policies;

/// <summary>One thing a policy found wrong: on which node, at which input path, what must be true and how to fix it.</summary>
/// <param name="Resource">The logical name of the node.</param>
/// <param name="Property">The input property path (<c>ingress</c>, <c>spec.tls</c>), empty for the node as a whole.</param>
/// <param name="Message">What is wrong and what must be true.</param>
/// <param name="Fix">How to fix it.</param>
public sealed record Finding(string Resource, string Property, string Message, string Fix);
