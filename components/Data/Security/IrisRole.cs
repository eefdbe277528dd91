using IrisStack.Components.Collections;

namespace IrisStack.Components.Data.Security;

/// <summary>A role: the resources it grants and with which permissions (<c>%DB_APPDATA:RW</c>, <c>App_Api:U</c>).</summary>
/// <param name="Name">The role name.</param>
/// <param name="Grants">Resource grants, each <c>&lt;resource&gt;:&lt;R|W|U letters&gt;</c>.</param>
/// <param name="Description">What the role is for.</param>
public sealed record IrisRole(string Name, EquatableArray<string> Grants, string Description);
