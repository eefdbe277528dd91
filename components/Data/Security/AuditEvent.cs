using System.Text.RegularExpressions;

namespace IrisStack.Components.Data.Security;

/// <summary>An IRIS audit event, named <c>Source/Type/Name</c> as the Auditing guide names them (<c>%System/%Login/LoginFailure</c>).</summary>
/// <param name="Source">The event source (<c>%System</c> for the predefined system events).</param>
/// <param name="Type">The event type (<c>%Login</c>, <c>%Security</c>, <c>%System</c>, <c>%DirectMode</c>).</param>
/// <param name="Name">The event name (<c>LoginFailure</c>).</param>
public sealed partial record AuditEvent(string Source, string Type, string Name)
{
    /// <summary>The event as config and messages write it.</summary>
    public override string ToString() => $"{Source}/{Type}/{Name}";

    /// <summary>Why <paramref name="text"/> is not an event name, or null when it is one.</summary>
    public static string? Validate(string text) =>
        Pattern().IsMatch(text) ? null : $"'{text}' is not an audit event written Source/Type/Name (e.g. %System/%Login/LoginFailure).";

    /// <summary>Parses a name that <see cref="Validate"/> accepted.</summary>
    public static AuditEvent Parse(string text)
    {
        var parts = text.Split('/');
        return parts.Length == 3 && Validate(text) is null
            ? new AuditEvent(parts[0], parts[1], parts[2])
            : throw new FormatException($"'{text}' is not an audit event written Source/Type/Name.");
    }

    [GeneratedRegex("^%?[A-Za-z][A-Za-z0-9]*/%?[A-Za-z][A-Za-z0-9]*/[A-Za-z][A-Za-z0-9]*$")]
    private static partial Regex Pattern();
}
