using IrisStack.Components.Collections;

namespace IrisStack.Components.Config;

/// <summary>
/// A raw configuration value as Pulumi holds it, before typing: a scalar (always text, as the
/// Pulumi CLI passes it), a map, a list, or a secret (a <c>secure:</c> value).
/// </summary>
public abstract record ConfigNode
{
    private protected ConfigNode()
    {
    }

    /// <summary>What kind of value this is, for messages.</summary>
    public abstract string Describe();
}

/// <summary>A scalar: text, number or boolean, all held as the text the user wrote.</summary>
public sealed record ConfigScalar(string Text) : ConfigNode
{
    /// <inheritdoc />
    public override string Describe() => $"'{Text}'";
}

/// <summary>A structured map value.</summary>
public sealed record ConfigMap(EquatableSortedDictionary<string, ConfigNode> Entries) : ConfigNode
{
    /// <inheritdoc />
    public override string Describe() => "a map";
}

/// <summary>A structured list value.</summary>
public sealed record ConfigList(EquatableArray<ConfigNode> Items) : ConfigNode
{
    /// <inheritdoc />
    public override string Describe() => "a list";
}

/// <summary>
/// A value that a component's args pass through rather than decide with (an <c>Input</c>: a
/// password, an id from another resource): the layer gets it as an <see cref="Graph.ExternalInput"/>
/// of that name.
/// </summary>
/// <param name="Name">The arg's path, e.g. <c>iris.password</c>.</param>
public sealed record ConfigExternal(string Name) : ConfigNode
{
    /// <inheritdoc />
    public override string Describe() => "an input";
}

/// <summary>A <c>secure:</c> value.</summary>
public sealed record ConfigSecret(SecretString Secret) : ConfigNode
{
    /// <inheritdoc />
    public override string Describe() => "a secret";
}
