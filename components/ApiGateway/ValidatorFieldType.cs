namespace IrisStack.Components.ApiGateway;

/// <summary>The Kong-format body_schema types a request-validator field may have here.</summary>
public enum ValidatorFieldType
{
    /// <summary>Text; may carry <c>match</c>/<c>not_match</c> Lua patterns and length bounds.</summary>
    String,

    /// <summary>A whole number; the only type request-validator allows <c>between</c> on.</summary>
    Integer,

    /// <summary>Any number.</summary>
    Number,

    /// <summary>true or false.</summary>
    Boolean,
}
