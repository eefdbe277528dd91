using IrisStack.Components.Collections;

namespace IrisStack.Components.ApiGateway;

/// <summary>One field of a Kong plugin or entity schema.</summary>
/// <param name="Name">The field's name.</param>
/// <param name="Type">Its type.</param>
/// <param name="Required">Whether it must be present.</param>
/// <param name="OneOf">Allowed values (of the field, or of an array's elements); empty = any.</param>
/// <param name="Elements">An array's element type.</param>
/// <param name="Fields">A record's fields.</param>
public sealed record KongField(string Name, KongFieldType Type, bool Required = false, EquatableArray<string> OneOf = default, KongFieldType Elements = KongFieldType.String, EquatableArray<KongField> Fields = default);
