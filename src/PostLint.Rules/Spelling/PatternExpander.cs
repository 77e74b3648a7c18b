using System.Text;

namespace PostLint.Rules.Spelling;

/// <summary>
/// Expands a pattern written in a small, finite subset of regular-expression syntax into the literal strings it
/// matches, so that every form can go into the matcher's tries: literal characters, escaped punctuation (<c>\.</c>),
/// character classes (<c>[Jj]</c>, <c>[a-c]</c>), groups with alternatives (<c>(a|b)</c>, <c>(?:a|b)</c>) and the
/// optional mark <c>?</c>. A leading or trailing <c>\b</c> is accepted and dropped: word boundaries are implied.
/// Anything that matches unboundedly many strings (<c>*</c>, <c>+</c>, <c>{n,m}</c>, <c>.</c>, <c>\w</c>, negated
/// classes, anchors, look-arounds, back-references) is refused with a message saying which construct.
/// </summary>
public static class PatternExpander
{
    /// <summary>The most strings one pattern may expand to.</summary>
    public const int MaxForms = 1000;

    /// <summary>One string the pattern matches, with the text of each capture group (1-based; null when unset).</summary>
    public sealed record Form(string Text, string?[] Groups);

    /// <summary>Expands <paramref name="pattern"/>; returns null and sets <paramref name="error"/> when it cannot.</summary>
    public static IReadOnlyList<Form>? Expand(string pattern, out string? error)
    {
        error = null;
        if (pattern.StartsWith(@"\b", StringComparison.Ordinal))
        {
            pattern = pattern[2..];
        }

        if (pattern.EndsWith(@"\b", StringComparison.Ordinal) && !pattern.EndsWith(@"\\b", StringComparison.Ordinal))
        {
            pattern = pattern[..^2];
        }

        var parser = new Parser(pattern);
        try
        {
            var forms = parser.Alternatives();
            if (parser.Position < pattern.Length)
            {
                throw new FormatException($"unbalanced ')' at column {parser.Position + 1}");
            }

            var result = forms.Select(f => new Form(f.Text, Pad(f.Groups, parser.GroupCount))).Where(f => f.Text.Length > 0).Distinct(FormComparer.Instance).ToArray();
            if (result.Length == 0)
            {
                throw new FormatException("the pattern matches only the empty string");
            }

            return result;
        }
        catch (FormatException ex)
        {
            error = ex.Message;
            return null;
        }
    }

    /// <summary>Replaces <c>$1</c>…<c>$9</c> in <paramref name="template"/> with the form's groups (prh's expected).</summary>
    public static string Substitute(string template, Form form)
    {
        if (!template.Contains('$', StringComparison.Ordinal))
        {
            return template;
        }

        var sb = new StringBuilder(template.Length);
        for (var i = 0; i < template.Length; i++)
        {
            if (template[i] == '$' && i + 1 < template.Length && template[i + 1] is >= '1' and <= '9')
            {
                var g = template[i + 1] - '0';
                sb.Append(g < form.Groups.Length ? form.Groups[g] : null);
                i++;
            }
            else
            {
                sb.Append(template[i]);
            }
        }

        return sb.ToString();
    }

    private static string?[] Pad(string?[] groups, int count)
    {
        if (groups.Length > count)
        {
            return groups;
        }

        var padded = new string?[count + 1];
        Array.Copy(groups, padded, groups.Length);
        return padded;
    }

    private sealed class FormComparer : IEqualityComparer<Form>
    {
        public static readonly FormComparer Instance = new();

        public bool Equals(Form? x, Form? y) => x!.Text == y!.Text;

        public int GetHashCode(Form obj) => obj.Text.GetHashCode(StringComparison.Ordinal);
    }

    private readonly record struct Partial(string Text, string?[] Groups);

    private sealed class Parser(string pattern)
    {
        public int Position { get; private set; }

        public int GroupCount { get; private set; }

        public List<Partial> Alternatives()
        {
            var all = Sequence();
            while (Position < pattern.Length && pattern[Position] == '|')
            {
                Position++;
                all.AddRange(Sequence());
                Check(all.Count);
            }

            return all;
        }

        private List<Partial> Sequence()
        {
            var current = new List<Partial> { new("", []) };
            while (Position < pattern.Length && pattern[Position] is not ('|' or ')'))
            {
                var atom = Atom();
                if (Position < pattern.Length && pattern[Position] == '?')
                {
                    Position++;
                    if (Position < pattern.Length && pattern[Position] is '?' or '+')
                    {
                        throw new FormatException($"lazy or possessive quantifier at column {Position + 1} is not supported");
                    }

                    atom.Add(new Partial("", []));
                }
                else if (Position < pattern.Length && pattern[Position] is '*' or '+' or '{')
                {
                    throw new FormatException($"'{pattern[Position]}' at column {Position + 1} matches unboundedly many forms; list the forms or use '?'");
                }

                var product = new List<Partial>(current.Count * atom.Count);
                foreach (var left in current)
                {
                    foreach (var right in atom)
                    {
                        product.Add(new Partial(left.Text + right.Text, Merge(left.Groups, right.Groups)));
                    }
                }

                Check(product.Count);
                current = product;
            }

            return current;
        }

        private List<Partial> Atom()
        {
            var c = pattern[Position];
            switch (c)
            {
                case '(':
                    {
                        Position++;
                        var capture = true;
                        if (Position < pattern.Length && pattern[Position] == '?')
                        {
                            if (Position + 1 < pattern.Length && pattern[Position + 1] == ':')
                            {
                                capture = false;
                                Position += 2;
                            }
                            else
                            {
                                throw new FormatException($"'(?' construct at column {Position} is not supported (only '(?:')");
                            }
                        }

                        var index = capture ? ++GroupCount : 0;
                        var inner = Alternatives();
                        if (Position >= pattern.Length || pattern[Position] != ')')
                        {
                            throw new FormatException("missing ')'");
                        }

                        Position++;
                        if (!capture)
                        {
                            return inner;
                        }

                        return inner.Select(p =>
                        {
                            var groups = new string?[Math.Max(p.Groups.Length, index + 1)];
                            Array.Copy(p.Groups, groups, p.Groups.Length);
                            groups[index] = p.Text;
                            return new Partial(p.Text, groups);
                        }).ToList();
                    }

                case '[':
                    return Class();
                case '\\':
                    {
                        if (Position + 1 >= pattern.Length)
                        {
                            throw new FormatException("the pattern ends with '\\'");
                        }

                        var e = pattern[Position + 1];
                        if (char.IsAsciiLetterOrDigit(e))
                        {
                            throw new FormatException($"'\\{e}' at column {Position + 1} is not supported; write the characters it stands for");
                        }

                        Position += 2;
                        return [new Partial(e.ToString(), [])];
                    }

                case '.':
                    throw new FormatException($"'.' at column {Position + 1} matches any character; escape it as '\\.' or list the forms");
                case '^' or '$':
                    throw new FormatException($"anchor '{c}' at column {Position + 1} is not supported");
                case '*' or '+' or '?' or '{':
                    throw new FormatException($"'{c}' at column {Position + 1} has nothing to repeat");
                default:
                    Position++;
                    if (char.IsHighSurrogate(c) && Position < pattern.Length)
                    {
                        return [new Partial(new string([c, pattern[Position++]]), [])];
                    }

                    return [new Partial(c.ToString(), [])];
            }
        }

        private List<Partial> Class()
        {
            var start = Position;
            Position++;
            if (Position < pattern.Length && pattern[Position] == '^')
            {
                throw new FormatException($"negated class at column {start + 1} is not supported");
            }

            var chars = new List<char>();
            while (Position < pattern.Length && pattern[Position] != ']')
            {
                var c = pattern[Position];
                if (c == '\\')
                {
                    if (Position + 1 >= pattern.Length || char.IsAsciiLetterOrDigit(pattern[Position + 1]))
                    {
                        throw new FormatException($"escape in class at column {Position + 1} is not supported");
                    }

                    c = pattern[Position + 1];
                    Position++;
                }

                Position++;
                if (Position + 1 < pattern.Length && pattern[Position] == '-' && pattern[Position + 1] != ']')
                {
                    var to = pattern[Position + 1];
                    Position += 2;
                    if (to < c || to - c > 64)
                    {
                        throw new FormatException($"range '{c}-{to}' in class at column {start + 1} is reversed or too wide");
                    }

                    for (var x = c; x <= to; x++)
                    {
                        chars.Add(x);
                    }
                }
                else
                {
                    chars.Add(c);
                }
            }

            if (Position >= pattern.Length)
            {
                throw new FormatException($"missing ']' for the class at column {start + 1}");
            }

            Position++;
            return chars.Distinct().Select(ch => new Partial(ch.ToString(), [])).ToList();
        }

        private static string?[] Merge(string?[] a, string?[] b)
        {
            if (b.Length == 0)
            {
                return a;
            }

            if (a.Length == 0)
            {
                return b;
            }

            var merged = new string?[Math.Max(a.Length, b.Length)];
            for (var i = 0; i < merged.Length; i++)
            {
                merged[i] = i < b.Length && b[i] is not null ? b[i] : i < a.Length ? a[i] : null;
            }

            return merged;
        }

        private static void Check(int count)
        {
            if (count > MaxForms)
            {
                throw new FormatException($"the pattern expands to more than {MaxForms} forms");
            }
        }
    }
}
