using System.Reflection;
using Pulumi;

namespace IrisStack.Pulumi.Registration;

/// <summary>The wire name of an args or component property: its <c>[Input]</c> or <c>[Output]</c> attribute's name.</summary>
internal static class WireNames
{
    /// <summary>The property's wire name, or null when it is neither an input nor an output.</summary>
    // The SDK keeps the attributes' names internal; each is the attribute's first constructor argument.
    public static string? Of(MemberInfo member) =>
        member.GetCustomAttributesData()
            .FirstOrDefault(a => a.AttributeType == typeof(InputAttribute) || a.AttributeType == typeof(OutputAttribute))?
            .ConstructorArguments[0].Value as string;
}
