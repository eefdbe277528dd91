using System.Globalization;
using IrisStack.Components.Config;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace IrisStack.Stack.Pipelines;

/// <summary>
/// A workflow document as it is written: maps keep their order (GitHub reads <c>name</c>,
/// <c>on</c>, <c>jobs</c> top down, and so do reviewers), and a pinned action carries its release
/// as an inline comment. Written with YamlDotNet's emitter.
/// </summary>
internal static class WorkflowYaml
{
    /// <summary>An ordered map.</summary>
    public sealed record Map(IReadOnlyList<KeyValuePair<string, object>> Entries);

    /// <summary>A <c>uses</c> value with its release tag as a comment.</summary>
    public sealed record Uses(PinnedAction Action);

    /// <summary>Multi-line text in literal style (a <c>run</c> script).</summary>
    public sealed record Script(string Text);

    public static Map Of(params (string Key, object? Value)[] entries) =>
        new([.. entries.Where(e => e.Value is not null).Select(e => KeyValuePair.Create(e.Key, e.Value!))]);

    public static string Write(string header, Map document)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
        foreach (var line in header.Split('\n'))
        {
            writer.Write($"# {line}".TrimEnd() + "\n");
        }

        var emitter = new Emitter(writer, new EmitterSettings().WithNewLine("\n").WithBestWidth(int.MaxValue));
        emitter.Emit(new StreamStart());
        emitter.Emit(new DocumentStart());
        Emit(emitter, document);
        emitter.Emit(new DocumentEnd(true));
        emitter.Emit(new StreamEnd());
        return writer.ToString();
    }

    private static void Emit(IEmitter emitter, object node)
    {
        switch (node)
        {
            case Map map:
                emitter.Emit(new MappingStart(null, null, true, MappingStyle.Block));
                foreach (var (key, value) in map.Entries)
                {
                    Text(emitter, key);
                    Emit(emitter, value);
                }

                emitter.Emit(new MappingEnd());
                break;
            case Uses uses:
                emitter.Emit(new Scalar(uses.Action.Uses));
                emitter.Emit(new Comment(uses.Action.Release, true));
                break;
            case Script script:
                emitter.Emit(new Scalar(null, null, script.Text, ScalarStyle.Literal, false, true));
                break;
            case string text:
                Text(emitter, text);
                break;
            case bool flag:
                emitter.Emit(new Scalar(flag ? "true" : "false"));
                break;
            case int number:
                emitter.Emit(new Scalar(number.ToString(CultureInfo.InvariantCulture)));
                break;
            case System.Collections.IEnumerable list:
                emitter.Emit(new SequenceStart(null, null, true, SequenceStyle.Block));
                foreach (var item in list)
                {
                    Emit(emitter, item);
                }

                emitter.Emit(new SequenceEnd());
                break;
            default:
                throw new ArgumentException($"Cannot write {node.GetType().Name} as YAML.", nameof(node));
        }
    }

    // Quoted whenever plain style would read as another type or as YAML syntax; expressions
    // (${{ ... }}) are quoted too, which GitHub reads the same.
    private static void Text(IEmitter emitter, string text)
    {
        var plain = !YamlPlainScalar.NeedsQuotes(text);
        emitter.Emit(new Scalar(null, null, text, plain ? ScalarStyle.Any : ScalarStyle.SingleQuoted, plain, !plain));
    }
}
