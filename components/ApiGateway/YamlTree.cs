using System.Globalization;
using System.Text;
using IrisStack.Components.Config;
using IrisStack.Components.Graph;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace IrisStack.Components.ApiGateway;

/// <summary>
/// A YAML document built in insertion order (maps are lists of pairs), written with YamlDotNet.
/// Secrets and other graph values (another resource's output, such as the Redis endpoint) are
/// written as placeholders inside double-quoted scalars and come back as parts of the value, so the
/// same text exists masked (for artifacts: secrets as <c>[secret]</c>, references as
/// <c>${node.output}</c>, both deterministic) and real (for the Kubernetes Secret).
/// </summary>
internal static class YamlTree
{
    private const string Marker = "IRISSTACK-SECRET-";

    /// <summary>A block of text written in literal style (a PEM).</summary>
    public sealed record Literal(string Text);

    /// <summary>Writes <paramref name="root"/>; returns the masked text and the value with the secrets and references.</summary>
    public static KongDeclarativeConfig Write(IReadOnlyList<KeyValuePair<string, object?>> root)
    {
        var values = new List<Value>();
        using var writer = new StringWriter { NewLine = "\n" };
        var emitter = new Emitter(writer, new EmitterSettings().WithNewLine("\n").WithBestWidth(int.MaxValue));
        emitter.Emit(new StreamStart());
        emitter.Emit(new DocumentStart());
        Emit(emitter, root, values);
        emitter.Emit(new DocumentEnd(true));
        emitter.Emit(new StreamEnd());
        var text = writer.ToString();

        var parts = new List<Value>();
        var masked = new StringBuilder();
        var rest = text;
        while (rest.IndexOf(Marker, StringComparison.Ordinal) is var start and >= 0)
        {
            var end = rest.IndexOf('"', start);
            var index = int.Parse(rest[(start + Marker.Length)..end], CultureInfo.InvariantCulture);
            var value = values[index];
            parts.Add(rest[..start]);
            masked.Append(rest[..start]).Append(value is SecretValue ? SecretValue.Mask : ValueText.Display(value));
            parts.Add(value is SecretValue secret ? Escaped(secret) : value);
            rest = rest[end..];
        }

        parts.Add(rest);
        masked.Append(rest);
        return new KongDeclarativeConfig(masked.ToString(), values.Count == 0 ? new StringValue(text) : InterpolationValue.Of(parts));
    }

    // The secret sits inside a double-quoted scalar: a known plaintext is escaped for it. A secret
    // known only as ciphertext or as another resource's output is inserted as it is, so such
    // secrets must not contain " or \ (a generated alphanumeric token never does); nor may a
    // reference (a host name never does).
    private static SecretValue Escaped(SecretValue secret) => secret.Inner is StringValue { Value: var plain }
        ? new SecretValue(new StringValue(string.Concat(plain.Select(c => c switch
        {
            '"' => "\\\"",
            '\\' => "\\\\",
            _ when char.IsControl(c) => $"\\x{(int)c:x2}",
            _ => c.ToString(),
        }))))
        : secret;

    private static void Emit(IEmitter emitter, object? node, List<Value> values)
    {
        switch (node)
        {
            case IReadOnlyList<KeyValuePair<string, object?>> map:
                emitter.Emit(new MappingStart(null, null, true, MappingStyle.Block));
                foreach (var (key, value) in map)
                {
                    emitter.Emit(new Scalar(key));
                    Emit(emitter, value, values);
                }

                emitter.Emit(new MappingEnd());
                break;
            case StringValue literal:
                Emit(emitter, literal.Value, values);
                break;
            case SecretValue or OutputReference or ExternalInput:
                values.Add((Value)node);
                emitter.Emit(new Scalar(null, null, Marker + (values.Count - 1).ToString(CultureInfo.InvariantCulture), ScalarStyle.DoubleQuoted, false, true));
                break;
            case Literal literal:
                emitter.Emit(new Scalar(null, null, literal.Text, ScalarStyle.Literal, false, true));
                break;
            case string text:
                // Quoted whenever plain style would read as another type or as YAML syntax.
                var plain = !YamlPlainScalar.NeedsQuotes(text);
                emitter.Emit(new Scalar(null, null, text, plain ? ScalarStyle.Any : ScalarStyle.DoubleQuoted, plain, !plain));
                break;
            case bool flag:
                emitter.Emit(new Scalar(flag ? "true" : "false"));
                break;
            case int number:
                emitter.Emit(new Scalar(number.ToString(CultureInfo.InvariantCulture)));
                break;
            case decimal number:
                emitter.Emit(new Scalar(number.ToString(CultureInfo.InvariantCulture)));
                break;
            case System.Collections.IEnumerable list:
                emitter.Emit(new SequenceStart(null, null, true, SequenceStyle.Block));
                foreach (var item in list)
                {
                    Emit(emitter, item, values);
                }

                emitter.Emit(new SequenceEnd());
                break;
            default:
                throw new ArgumentException($"Cannot write {node?.GetType().Name ?? "null"} as YAML.", nameof(node));
        }
    }
}
