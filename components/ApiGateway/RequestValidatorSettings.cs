using IrisStack.Components.Collections;
using IrisStack.Components.Config;

namespace IrisStack.Components.ApiGateway;

/// <summary>request-validator on the CSP broker's routes.</summary>
/// <param name="PathPrefixes">Routes whose allowed path starts with one of these get the validator.</param>
/// <param name="AllowedContentTypes">Content types accepted; Kong validates the body of JSON requests only.</param>
/// <param name="Fields">The body fields checked.</param>
public sealed record RequestValidatorSettings(EquatableArray<string> PathPrefixes, EquatableArray<string> AllowedContentTypes, EquatableArray<ValidatorField> Fields)
{
    /// <summary>Reads <c>apiGateway.requestValidator</c>.</summary>
    public static RequestValidatorSettings Read(ConfigSection section)
    {
        var prefixes = section.StringList("pathPrefixes", ["/csp/broker/"], "Routes whose path starts with one of these are validated (the CSP broker)",
            p => p.StartsWith('/') ? null : $"'{p}' is not an absolute path.");
        var types = section.StringList("allowedContentTypes", ["application/json"], "Content types accepted on validated routes (bodies are validated for JSON only)",
            t => t.Contains('/', StringComparison.Ordinal) && t.Count(c => c == ';') <= 1 ? null : $"'{t}' is not a MIME type with at most one parameter.");
        var fields = section.Has("fields")
            ? section.SectionList("fields", "Body fields checked (name, type, required, between, match, notMatch, lenMin, lenMax)").Select(ValidatorField.Read).ToArray()
            : [.. ValidatorField.BrokerDefaults];
        section.Allow("fields");
        if (section.IsEmptyList("fields"))
        {
            section.Error("fields", "is empty; request-validator needs a body schema.", "list the broker's fields, or remove the key for the defaults.");
        }

        section.RejectUnknownKeys();
        return new RequestValidatorSettings(prefixes, types, [.. fields]);
    }
}
