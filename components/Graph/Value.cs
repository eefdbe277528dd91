namespace IrisStack.Components.Graph;

/// <summary>
/// An input value of a resource: a small closed tree (null, bool, number, string, list, map,
/// a reference to another node's output or to a whole node, an external input, a secret, an
/// interpolation). Nothing else, so the Pulumi adapter and the policies can handle every case
/// with one switch.
/// </summary>
public abstract record Value
{
    private protected Value()
    {
    }

    /// <summary>A string literal.</summary>
    public static implicit operator Value(string value) => new StringValue(value);

    /// <summary>A boolean literal.</summary>
    public static implicit operator Value(bool value) => new BoolValue(value);

    /// <summary>An integral number literal.</summary>
    public static implicit operator Value(int value) => new NumberValue(value);

    /// <summary>A number literal.</summary>
    public static implicit operator Value(double value) => new NumberValue(value);

    /// <summary>Values that are or contain a secret.</summary>
    public bool ContainsSecret => this switch
    {
        SecretValue => true,
        ListValue list => list.Items.Any(i => i.ContainsSecret),
        MapValue map => map.Entries.Values.Any(v => v.ContainsSecret),
        InterpolationValue interpolation => interpolation.Parts.Any(p => p.ContainsSecret),
        _ => false,
    };

    /// <summary>Every external input inside this value, in order.</summary>
    public IEnumerable<ExternalInput> Externals() => this switch
    {
        ExternalInput e => [e],
        SecretValue s => s.Inner.Externals(),
        ListValue list => list.Items.SelectMany(i => i.Externals()),
        MapValue map => map.Entries.Values.SelectMany(v => v.Externals()),
        InterpolationValue i => i.Parts.SelectMany(p => p.Externals()),
        _ => [],
    };

    /// <summary>Every node this value refers to (by an output or as a whole resource), in order.</summary>
    public IEnumerable<string> NodeReferences() => this switch
    {
        ResourceReference r => [r.Node],
        SecretValue s => s.Inner.NodeReferences(),
        ListValue list => list.Items.SelectMany(i => i.NodeReferences()),
        MapValue map => map.Entries.Values.SelectMany(v => v.NodeReferences()),
        _ => References().Select(r => r.Node),
    };

    /// <summary>Every output reference inside this value, in order.</summary>
    public IEnumerable<OutputReference> References() => this switch
    {
        OutputReference r => [r],
        SecretValue s => s.Inner.References(),
        ListValue list => list.Items.SelectMany(i => i.References()),
        MapValue map => map.Entries.Values.SelectMany(v => v.References()),
        InterpolationValue i => i.Parts.SelectMany(p => p.References()),
        _ => [],
    };
}
