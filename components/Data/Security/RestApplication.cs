namespace IrisStack.Components.Data.Security;

/// <summary>A REST web application (<c>Security.Applications</c>).</summary>
/// <param name="Name">Its path (<c>/api/app</c>).</param>
/// <param name="Namespace">The namespace it runs in.</param>
/// <param name="DispatchClass">The <c>%CSP.REST</c> subclass that dispatches its requests.</param>
/// <param name="Resource">The resource a user needs Use on to run it.</param>
/// <param name="Authentication">The authentication method allowed.</param>
public sealed record RestApplication(string Name, string Namespace, string DispatchClass, string Resource, ApplicationAuthentication Authentication)
{
    /// <summary>The <c>AutheEnabled</c> value: the method's <c>$$$</c> macro.</summary>
    public string AutheEnabled => Authentication switch
    {
        ApplicationAuthentication.Password => "$$$AuthePassword",
        ApplicationAuthentication.Kerberos => "$$$AutheK5API",
        ApplicationAuthentication.Ldap => "$$$AutheLDAP",
        ApplicationAuthentication.Delegated => "$$$AutheDelegated",
        _ => throw new InvalidOperationException($"Unknown authentication {Authentication}."),
    };
}
