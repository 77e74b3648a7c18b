using System.Globalization;
using System.Text;

namespace PostLint.Localization;

/// <summary>
/// One entry of the message catalog: the same message in English and Korean. Placeholders are written
/// <c>{name}</c> (a letter, then letters or digits); any other brace is literal text. A Korean particle written as a
/// placeholder right after a value — <c>'{value}'{은}</c>, <c>{key}{이}</c>, <c>{path}{을}</c>, <c>{url}{으로}</c> —
/// takes the form that agrees with the value's last sound (see <see cref="KoreanParticles"/>). Both texts use the same
/// placeholders; <see cref="With"/> binds its arguments to them in the order they first appear in the English text.
/// </summary>
public sealed class Message
{
    private Segment[]? _english;
    private Segment[]? _korean;
    private IReadOnlyList<string>? _names;

    /// <summary>A catalog entry.</summary>
    /// <remarks>
    /// Nothing is parsed here: every rule's messages are built when its class is first used, and a run renders few of
    /// them. Parsing each template up front was about 1 ms of every start.
    /// </remarks>
    public Message(string english, string korean)
    {
        English = english;
        Korean = korean;
    }

    /// <summary>The English text (template).</summary>
    public string English { get; }

    /// <summary>The Korean text (template).</summary>
    public string Korean { get; }

    /// <summary>The placeholder names, in the order they first appear in the English text: the order of <see cref="With"/>'s arguments.</summary>
    public IReadOnlyList<string> Names => _names ??= NamesOf(_english ??= Parse(English));

    /// <summary>The template in <paramref name="language"/>.</summary>
    public string Template(Language language) => language == Language.Korean ? Korean : English;

    /// <summary>The message with its placeholders bound, ready to render in either language.</summary>
    /// <exception cref="ArgumentException">The number of arguments differs from the number of placeholders.</exception>
    public Localized With(params object?[] args)
    {
        if (args.Length != Names.Count)
        {
            throw new ArgumentException($"'{English}' takes {Names.Count} arguments ({string.Join(", ", Names)}), not {args.Length}", nameof(args));
        }

        return new Localized(this, args);
    }

    /// <summary>The message in <paramref name="language"/> with <paramref name="args"/> (see <see cref="With"/>).</summary>
    public string Format(Language language, params object?[] args) => With(args).In(language);

    /// <summary>Whether <paramref name="name"/> is a Korean particle placeholder such as <c>은</c> or <c>으로</c>.</summary>
    public static bool IsParticle(string name) => KoreanParticles.IsParticle(name);

    /// <summary>The value placeholders of a template (particles left out), each once, in order of first appearance.</summary>
    public static IReadOnlyList<string> ParseNames(string template) => NamesOf(Parse(template));

    private static List<string> NamesOf(Segment[] segments)
    {
        var names = new List<string>();
        foreach (var s in segments)
        {
            if (s.Kind == SegmentKind.Value && !names.Contains(s.Text))
            {
                names.Add(s.Text);
            }
        }

        return names;
    }

    /// <summary>The particle placeholders of a template that do not follow a value placeholder (with at most closing quotes or brackets between).</summary>
    public static IReadOnlyList<string> StrayParticles(string template)
    {
        var stray = new List<string>();
        var segments = Parse(template);
        for (var i = 0; i < segments.Length; i++)
        {
            if (segments[i].Kind != SegmentKind.Particle)
            {
                continue;
            }

            var j = i - 1;
            if (j >= 0 && segments[j].Kind == SegmentKind.Literal && segments[j].Text.All(IsClosing))
            {
                j--;
            }

            if (j < 0 || segments[j].Kind != SegmentKind.Value)
            {
                stray.Add(segments[i].Text);
            }
        }

        return stray;
    }

    internal string Render(Language language, object?[] args)
    {
        var segments = language == Language.Korean
            ? _korean ??= Parse(Korean)
            : _english ??= Parse(English);
        var sb = new StringBuilder();
        string? last = null;
        foreach (var s in segments)
        {
            switch (s.Kind)
            {
                case SegmentKind.Literal:
                    sb.Append(s.Text);
                    break;
                case SegmentKind.Value:
                    var index = IndexOf(s.Text);
                    last = index < 0 ? "{" + s.Text + "}" : ToText(args[index], language);
                    sb.Append(last);
                    break;
                default:
                    sb.Append(KoreanParticles.After(last ?? string.Empty, s.Text));
                    break;
            }
        }

        return sb.ToString();
    }

    private int IndexOf(string name)
    {
        for (var i = 0; i < Names.Count; i++)
        {
            if (Names[i] == name)
            {
                return i;
            }
        }

        return -1;
    }

    private static string ToText(object? value, Language language) => value switch
    {
        null => string.Empty,
        string s => s,
        Localized l => l.In(language),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };

    private static bool IsClosing(char c) => c is '\'' or '"' or '`' or ')' or ']' or '’' or '”' or '」' or '』' or '>';

    private enum SegmentKind
    {
        Literal,
        Value,
        Particle,
    }

    private readonly record struct Segment(SegmentKind Kind, string Text);

    private static Segment[] Parse(string template)
    {
        var segments = new List<Segment>();
        var literal = new StringBuilder();
        var i = 0;
        while (i < template.Length)
        {
            if (template[i] == '{')
            {
                var close = template.IndexOf('}', i + 1);
                if (close > i + 1)
                {
                    var name = template[(i + 1)..close];
                    var kind = KoreanParticles.IsParticle(name) ? SegmentKind.Particle : IsName(name) ? SegmentKind.Value : SegmentKind.Literal;
                    if (kind != SegmentKind.Literal)
                    {
                        if (literal.Length > 0)
                        {
                            segments.Add(new Segment(SegmentKind.Literal, literal.ToString()));
                            literal.Clear();
                        }

                        segments.Add(new Segment(kind, name));
                        i = close + 1;
                        continue;
                    }
                }
            }

            literal.Append(template[i]);
            i++;
        }

        if (literal.Length > 0)
        {
            segments.Add(new Segment(SegmentKind.Literal, literal.ToString()));
        }

        return segments.ToArray();
    }

    private static bool IsName(string name) => char.IsAsciiLetter(name[0]) && name.All(char.IsAsciiLetterOrDigit);
}

/// <summary>
/// A catalog message with its arguments bound: rendered in the report's language when the report is written.
/// <see cref="ToString"/> gives the English text.
/// </summary>
public sealed class Localized
{
    private readonly object?[] _args;

    internal Localized(Message message, object?[] args)
    {
        Message = message;
        _args = args;
    }

    /// <summary>The catalog entry.</summary>
    public Message Message { get; }

    /// <summary>The text in <paramref name="language"/>.</summary>
    public string In(Language language) => Message.Render(language, _args);

    /// <summary>The English text.</summary>
    public override string ToString() => In(Language.English);
}
