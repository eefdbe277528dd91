namespace IrisStack.Policies.Tests.Fixtures;

/// <summary>
/// The network policies as a pack of their own, so runner and report tests (and their snapshots)
/// do not change when other layers add policies to <see cref="PolicyPack.Default"/>.
/// </summary>
internal static class NetworkPack
{
    public static PolicyPack Create() => new(PolicyPack.Default().Policies.Where(p => p.Layer == "network"));

    public static IEnumerable<string> Ids => Create().Policies.Select(p => p.Id);
}
