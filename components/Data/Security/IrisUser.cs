using IrisStack.Components.Collections;
using IrisStack.Components.Graph;

namespace IrisStack.Components.Data.Security;

/// <summary>A login account; it holds roles only, never resources or SQL privileges of its own.</summary>
/// <param name="Name">The user name.</param>
/// <param name="Roles">Its roles (at least one).</param>
/// <param name="Password">Its password when the stack sets one (a secret); unset, the data layer generates one.</param>
public sealed record IrisUser(string Name, EquatableArray<string> Roles, SecretValue? Password);
