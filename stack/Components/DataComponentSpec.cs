using IrisStack.Components.Data;

namespace IrisStack.Stack.Components;

/// <summary>A data component's validated spec.</summary>
/// <param name="Shared">Region, account, tags, protection and policy settings.</param>
/// <param name="Platform">Where in the cluster the IRIS cluster runs, and how the cluster's provider and namespace reach it.</param>
/// <param name="Data">The data settings, the shape of <c>iris-stack:data</c>.</param>
/// <param name="WebGatewayUsername">The IRIS account the Web Gateway logs in with, which the merge files create with least privilege.</param>
public sealed record DataComponentSpec(ComponentContext Shared, DataPlatform Platform, DataConfig Data, string WebGatewayUsername);
