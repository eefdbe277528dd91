using System.Globalization;
using System.Text.RegularExpressions;
using IrisStack.Components.Config;

namespace IrisStack.Components.Data.Security;

/// <summary>Password and login policy (<c>iris-stack:data.security.passwordPolicy</c>), the <c>Security.System</c> properties of that name.</summary>
/// <param name="Pattern"><c>PasswordPattern</c>: <c>X.Y[ANP]</c>, at least X and at most Y characters of the classes given.</param>
/// <param name="InvalidLoginLimit"><c>InvalidLoginLimit</c>: failed logins before the account is disabled.</param>
/// <param name="ExpirationDays"><c>PasswordExpirationDays</c>: 0 = passwords never expire.</param>
/// <param name="InactiveLimit"><c>InactiveLimit</c>: days without login before an account is disabled; 0 = never.</param>
public sealed partial record PasswordPolicy(string Pattern, int InvalidLoginLimit, int ExpirationDays, int InactiveLimit)
{
    /// <summary>Reads the section.</summary>
    public static PasswordPolicy Read(ConfigSection section)
    {
        ArgumentNullException.ThrowIfNull(section);
        var pattern = section.String("pattern", "12.128ANP",
            "PasswordPattern: X.Y[ANP] (at least X, at most Y characters; A alphabetic, N numeric, P punctuation); applies to new passwords",
            ValidatePattern, "write X.Y followed by one or more of A, N, P, with 8 <= X <= Y, e.g. 12.128ANP.");
        var invalidLogins = section.Int("invalidLoginLimit", 5, "InvalidLoginLimit: failed logins before the account is disabled", 1, 64);
        // NIST SP 800-63B (5.1.1.2) advises against forced periodic changes, and an expired
        // machine account (the Web Gateway's) is an outage; stacks that must expire set it.
        var expiration = section.Int("expirationDays", 0, "PasswordExpirationDays: 0 = never (machine accounts would otherwise lock the gateway out)", 0, 99999);
        var inactive = section.Int("inactiveLimit", 90, "InactiveLimit: days without login before an account is disabled; 0 = never (IRIS forces 0 on mirror members)", 0, 365);
        section.RejectUnknownKeys();
        return new PasswordPolicy(pattern, invalidLogins, expiration, inactive);
    }

    /// <summary>Why <paramref name="pattern"/> is not a usable <c>X.Y[ANP]</c> pattern, or null.</summary>
    public static string? ValidatePattern(string pattern)
    {
        var match = PatternForm().Match(pattern);
        if (!match.Success)
        {
            return $"'{pattern}' is not a pattern of the form X.Y[ANP].";
        }

        var min = int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
        var max = int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture);
        return min < 8 ? $"'{pattern}' allows passwords shorter than 8 characters." : min > max ? $"'{pattern}' has a minimum above its maximum." : null;
    }

    [GeneratedRegex("^([0-9]{1,3})\\.([0-9]{1,3})[ANP]{1,3}$")]
    private static partial Regex PatternForm();
}
