namespace IrisStack.Components.ApiGateway;

/// <summary>The Kong schema types a field may have.</summary>
public enum KongFieldType
{
    /// <summary>Text.</summary>
    String,

    /// <summary>A whole number.</summary>
    Integer,

    /// <summary>Any number.</summary>
    Number,

    /// <summary>true or false.</summary>
    Boolean,

    /// <summary>A list (arrays and sets) of scalars.</summary>
    Array,

    /// <summary>A map with the listed fields.</summary>
    Record,

    /// <summary>A map of free keys to text.</summary>
    Map,

    /// <summary>A list of nested entities (routes, plugins), each checked by its own schema.</summary>
    Entities,
}
