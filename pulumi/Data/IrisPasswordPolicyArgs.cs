using Pulumi;

namespace IrisStack.Pulumi;

/// <summary>IRIS password and login policy (Security.System).</summary>
public sealed class IrisPasswordPolicyArgs : ResourceArgs
{
    /// <summary>PasswordPattern X.Y[ANP] (default 12.128ANP): at least X, at most Y characters; A alphabetic, N numeric, P punctuation.</summary>
    [Input("pattern")]
    public string? Pattern { get; set; }

    /// <summary>InvalidLoginLimit: failed logins before the account is disabled (default 5).</summary>
    [Input("invalidLoginLimit")]
    public int? InvalidLoginLimit { get; set; }

    /// <summary>PasswordExpirationDays (default 0 = never).</summary>
    [Input("expirationDays")]
    public int? ExpirationDays { get; set; }

    /// <summary>InactiveLimit: days without login before an account is disabled (default 90; 0 = never).</summary>
    [Input("inactiveLimit")]
    public int? InactiveLimit { get; set; }
}
