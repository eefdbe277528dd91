namespace IrisStack.Components.Data.Security;

/// <summary>
/// How users of a web application authenticate, written as the <c>$$$</c> macro merge files accept
/// for <c>AutheEnabled</c> (CMF §9.3.1). Unauthenticated access is deliberately not a choice.
/// </summary>
public enum ApplicationAuthentication
{
    /// <summary>Instance (password) authentication, <c>$$$AuthePassword</c>.</summary>
    Password,

    /// <summary>Kerberos, <c>$$$AutheK5API</c>.</summary>
    Kerberos,

    /// <summary>LDAP, <c>$$$AutheLDAP</c>.</summary>
    Ldap,

    /// <summary>Delegated (ZAUTHENTICATE), <c>$$$AutheDelegated</c>.</summary>
    Delegated,
}
