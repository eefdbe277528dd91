using System.Reflection;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Xml.Linq;
using IrisStack.Pulumi.Registration;
using Pulumi.Experimental.Provider;

namespace IrisStack.Pulumi.Provider;

/// <summary>
/// Pulumi's component provider over IrisStack.Pulumi, with two corrections to the schema it infers:
/// each component keeps its own type token (<c>iris:network:Network</c>, not the inferred
/// <c>iris:index:Network</c>), so a TypeScript or Python program registers the same URNs as a C#
/// one; and every resource, input, output and type gets the description its XML doc comment gives.
/// </summary>
internal sealed class IrisComponentProvider : ComponentProvider
{
    /// <summary>The package name: the first part of every token.</summary>
    public const string PackageName = "iris";

    private static readonly Assembly Components = typeof(Network).Assembly;

    private readonly XDocument documentation;

    public IrisComponentProvider()
        : base(Components, new Metadata(PackageName, "irisstack", Version(), "IrisStack"), [typeof(Network), typeof(Cluster), typeof(Data), typeof(WebGateway), typeof(Edge)]) =>
        documentation = XDocument.Load(Path.ChangeExtension(Components.Location, ".xml"));

    /// <summary>Serves the provider until the engine stops it.</summary>
    public static async Task<int> ServeAsync(string[] args)
    {
        await global::Pulumi.Experimental.Provider.Provider.Serve(args, Version(), _ => new IrisComponentProvider(), CancellationToken.None).ConfigureAwait(false);
        return 0;
    }

    /// <inheritdoc />
    public override async Task<GetSchemaResponse> GetSchema(GetSchemaRequest request, CancellationToken ct)
    {
        var inferred = await base.GetSchema(request, ct).ConfigureAwait(false);
        var schema = JsonNode.Parse(inferred.Schema!)!.AsObject();
        schema["description"] = "IrisStack: a defense-in-depth deployment of InterSystems IRIS on AWS, layer by layer, as Pulumi components.";
        var resources = new JsonObject();
        foreach (var (token, resource) in schema["resources"]!.AsObject().ToList())
        {
            var className = token.Split(':')[2];
            var type = Components.GetType($"IrisStack.Pulumi.{className}", throwOnError: true)!;
            var node = resource!.DeepClone().AsObject();
            node["description"] = Summary($"T:{type.FullName}");
            Describe(node["inputProperties"], ArgsType(type));
            Describe(node["properties"], type);
            resources[(string)type.GetField(nameof(Network.TypeToken))!.GetValue(null)!] = node;
        }

        schema["resources"] = resources;
        foreach (var (token, type) in schema["types"]?.AsObject() ?? [])
        {
            var clr = Components.GetType($"IrisStack.Pulumi.{token.Split(':')[2]}Args", throwOnError: true)!;
            type!["description"] = Summary($"T:{clr.FullName}");
            Describe(type["properties"], clr);
        }

        return new GetSchemaResponse { Schema = schema.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }) };
    }

    private static string Version() => Components.GetName().Version is { } v ? $"{v.Major}.{v.Minor}.{v.Build}" : "0.0.0";

    private static Type ArgsType(Type component) =>
        component.GetConstructors().Single().GetParameters().Single(p => p.Name == "args").ParameterType;

    private void Describe(JsonNode? properties, Type type)
    {
        if (properties is not JsonObject map)
        {
            return;
        }

        foreach (var member in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (WireNames.Of(member) is { } wire && map[wire] is JsonObject property)
            {
                property["description"] = Summary($"P:{member.DeclaringType!.FullName}.{member.Name}");
                if (member.GetCustomAttribute<SecretOutputAttribute>() is not null)
                {
                    property["secret"] = true;
                }
            }
        }
    }

    // The summary as plain text: <see cref="..."/> becomes the type or member name, <c> its text.
    private string? Summary(string member)
    {
        var summary = documentation.Descendants("member").FirstOrDefault(m => (string?)m.Attribute("name") == member)?.Element("summary");
        if (summary is null)
        {
            return null;
        }

        var parts = summary.Nodes().Select(n => n switch
        {
            XText text => text.Value,
            XElement { Name.LocalName: "see" } see => ((string?)see.Attribute("cref"))?.Split('.')[^1] ?? see.Value,
            XElement element => element.Value,
            _ => string.Empty,
        });
        return string.Join(' ', string.Concat(parts).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
    }
}
