using IrisStack.Pulumi.Provider;

// The plugin the Pulumi CLI starts for `pulumi package add` (schema) and for every program that
// uses the package (construct): IrisStack's components behind Pulumi's component provider.
return await IrisComponentProvider.ServeAsync(args);
