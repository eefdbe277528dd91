using IrisStack.Components.Config;

namespace IrisStack.Stack;

/// <summary>
/// Where a stack's raw configuration comes from: the stack files offline
/// (<see cref="StackFileConfigSource"/>), Pulumi's own configuration inside the program
/// (<see cref="PulumiEnvironmentConfigSource"/>). Both go through the same validation.
/// </summary>
public interface IConfigSource
{
    /// <summary>Reads every key of the stack; throws <see cref="ConfigException"/> when the files themselves are unreadable.</summary>
    RawStackConfig Read();
}
