namespace IrisStack.Components.Graph;

/// <summary>
/// Child logical names derive from their component's name (as pulumi-eks does), so two
/// instances of a component never collide and a name says where a resource belongs.
/// </summary>
public static class Naming
{
    /// <summary><c>{component}-{role}</c>.</summary>
    public static string Child(string component, string role) => $"{component}-{role}";

    /// <summary><c>{component}-{role}-{az}</c>, for per-availability-zone resources.</summary>
    public static string Child(string component, string role, string availabilityZone) => $"{component}-{role}-{availabilityZone}";
}
