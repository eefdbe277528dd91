namespace IrisStack.Components.Graph;

/// <summary>
/// That a resource's input was set from configuration: the input's property path, in the syntax
/// findings use (<c>retentionInDays</c>, <c>data["nginx.conf"]</c>), and the full config key it came
/// from (<c>iris-stack:network.flowLogRetentionDays</c>, or <c>NetworkArgs.flowLogRetentionDays</c> for a
/// component). Several keys may feed one property (a rendered file); a finding then picks one by name.
/// </summary>
/// <param name="Resource">The node's logical name.</param>
/// <param name="Property">The input's property path.</param>
/// <param name="Key">The full config key.</param>
public sealed record SettingSource(string Resource, string Property, string Key);
