namespace IrisStack.Components.Data.Security;

/// <summary>A property of a merge action (or a key of a CPF section), as the reference knows it.</summary>
/// <param name="Name">The property name.</param>
/// <param name="Confirmed">Whether an authoritative source gives the name.</param>
/// <param name="Source">The source's short name in iris.md §0 (or the repository it cites).</param>
/// <param name="Switch">The <c>data.security</c> key that isolates what is unconfirmed about it; null when nothing is.</param>
/// <param name="ValueConfirmed">False when the name is confirmed but the value written is not (e.g. a numeric code).</param>
public sealed record MergePropertyFact(string Name, bool Confirmed, string Source, string? Switch = null, bool ValueConfirmed = true)
{
    /// <summary>Whether anything about the property is unconfirmed, so it must sit behind <see cref="Switch"/>.</summary>
    public bool NeedsSwitch => !Confirmed || !ValueConfirmed;
}
