using System.Collections.Immutable;
using System.Reflection;
using System.Reflection.Emit;
using Pulumi;

namespace IrisStack.Pulumi.Registration;

/// <summary>
/// Generic resources expose only <c>id</c> and <c>urn</c>; the SDK fills other outputs only into
/// properties marked <c>[Output("name")]</c> of type <c>Output&lt;T&gt;</c> with a setter. This
/// generates, once per base type and set of output names the plan declares, a subclass with
/// exactly those properties (<c>Output&lt;object?&gt;</c>, named O0, O1, ... so no name can clash
/// with the base class), whose constructor passes its arguments to the base constructor.
/// </summary>
internal sealed class OutputTypes
{
    private readonly ModuleBuilder module = AssemblyBuilder
        .DefineDynamicAssembly(new AssemblyName("IrisStack.Pulumi.Outputs"), AssemblyBuilderAccess.Run)
        .DefineDynamicModule("IrisStack.Pulumi.Outputs");

    private readonly Dictionary<string, Type> types = new(StringComparer.Ordinal);

    /// <summary>The output of that name of a resource created by <see cref="Custom"/> or <see cref="Remote"/>.</summary>
    public static Output<object?> Read(Resource resource, string output) =>
        (Output<object?>)resource.GetType().GetProperties()
            .Single(p => p.GetCustomAttribute<OutputAttribute>()?.Name == output)
            .GetValue(resource)!;

    /// <summary>Registers a custom resource that declares <paramref name="outputs"/>.</summary>
    public CustomResource Custom(string type, string name, ResourceArgs args, CustomResourceOptions options, ImmutableSortedSet<string> outputs) =>
        (CustomResource)Create(typeof(CustomResource), outputs, [typeof(string), typeof(string), typeof(ResourceArgs), typeof(CustomResourceOptions)], [type, name, args, options]);

    /// <summary>Registers a remote component (<c>remote: true</c>) that declares <paramref name="outputs"/>.</summary>
    public ComponentResource Remote(string type, string name, ResourceArgs args, ComponentResourceOptions options, ImmutableSortedSet<string> outputs) =>
        (ComponentResource)Create(typeof(ComponentResource), outputs, [typeof(string), typeof(string), typeof(ResourceArgs), typeof(ComponentResourceOptions), typeof(bool)], [type, name, args, options, true]);

    private Resource Create(Type baseType, ImmutableSortedSet<string> outputs, Type[] parameters, object?[] arguments)
    {
        var key = $"{baseType.FullName}|{string.Join(',', outputs)}";
        if (!types.TryGetValue(key, out var type))
        {
            type = Emit(baseType, outputs, parameters);
            types[key] = type;
        }

        // Constructing the object registers the resource, as for any Pulumi resource class.
        return (Resource)type.GetConstructors().Single().Invoke(BindingFlags.DoNotWrapExceptions, null, arguments, null);
    }

    private Type Emit(Type baseType, ImmutableSortedSet<string> outputs, Type[] parameters)
    {
        var baseConstructor = baseType.GetConstructor(parameters)
            ?? throw new InvalidOperationException($"{baseType.FullName} has no public constructor ({string.Join(", ", parameters.Select(p => p.Name))}).");
        var builder = module.DefineType($"Outputs{types.Count}", TypeAttributes.Public | TypeAttributes.Sealed | TypeAttributes.Class, baseType);

        var il = builder.DefineConstructor(MethodAttributes.Public, CallingConventions.Standard, parameters).GetILGenerator();
        il.Emit(OpCodes.Ldarg_0);
        for (var i = 1; i <= parameters.Length; i++)
        {
            il.Emit(OpCodes.Ldarg_S, (byte)i);
        }

        il.Emit(OpCodes.Call, baseConstructor);
        il.Emit(OpCodes.Ret);

        var outputType = typeof(Output<object>);
        var attribute = typeof(OutputAttribute).GetConstructor([typeof(string)])!;
        const MethodAttributes accessor = MethodAttributes.Public | MethodAttributes.SpecialName | MethodAttributes.HideBySig;
        var index = 0;
        foreach (var output in outputs)
        {
            var field = builder.DefineField($"_o{index}", outputType, FieldAttributes.Private);
            var getter = builder.DefineMethod($"get_O{index}", accessor, outputType, Type.EmptyTypes);
            var get = getter.GetILGenerator();
            get.Emit(OpCodes.Ldarg_0);
            get.Emit(OpCodes.Ldfld, field);
            get.Emit(OpCodes.Ret);
            var setter = builder.DefineMethod($"set_O{index}", accessor, null, [outputType]);
            var set = setter.GetILGenerator();
            set.Emit(OpCodes.Ldarg_0);
            set.Emit(OpCodes.Ldarg_1);
            set.Emit(OpCodes.Stfld, field);
            set.Emit(OpCodes.Ret);
            var property = builder.DefineProperty($"O{index}", PropertyAttributes.None, outputType, null);
            property.SetGetMethod(getter);
            property.SetSetMethod(setter);
            property.SetCustomAttribute(new CustomAttributeBuilder(attribute, [output]));
            index++;
        }

        return builder.CreateType();
    }
}
