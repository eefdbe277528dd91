using System.Collections.Immutable;

namespace IrisStack.Components.Tests.Schema;

/// <summary>What the facts say about one input property.</summary>
/// <param name="Type">Its type.</param>
/// <param name="Required">The typed SDK refuses to create without it.</param>
/// <param name="Json">The typed SDK sends it JSON-encoded (the registration plan encodes it).</param>
/// <param name="Secret">The typed SDK marks it secret.</param>
/// <param name="Plain">A remote component needs a plain value, not an output.</param>
/// <param name="SdkDefault">A value the typed SDK sends when it is unset (a generic registration must set it itself).</param>
/// <param name="Deprecated">The SDK's deprecation message, if any.</param>
/// <param name="Enum">The string values the provider accepts; empty when any string is.</param>
/// <param name="TypeRef">For an object type of another package: that package's type token (its shape is looked up there).</param>
public sealed record PropertyFacts(
    SchemaType Type, bool Required, bool Json, bool Secret, bool Plain, string? SdkDefault, string? Deprecated, ImmutableArray<string> Enum, string? TypeRef);
