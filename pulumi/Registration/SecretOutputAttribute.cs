namespace IrisStack.Pulumi.Registration;

/// <summary>Marks a component output that is always a secret, so the package schema says so and every language's SDK keeps it secret.</summary>
[AttributeUsage(AttributeTargets.Property)]
internal sealed class SecretOutputAttribute : Attribute;
