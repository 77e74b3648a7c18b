using System.Collections.Concurrent;
using PostLint.Documents;
using PostLint.Yaml;

namespace PostLint.Rules.Spelling;

/// <summary>The file formats a misspelling list may be written in.</summary>
public enum MisspellingListFormat
{
    /// <summary>PostLint's YAML (<c>kind: misspellings</c>, <c>entries:</c>); see <c>rules/README.md</c>.</summary>
    PostLint,

    /// <summary>prh's YAML (<c>rules:</c> with <c>expected</c>, <c>pattern</c>/<c>patterns</c>, <c>specs</c>).</summary>
    Prh,

    /// <summary>A codespell dictionary: one <c>wrong-&gt;right</c> or <c>wrong-&gt;a, b,</c> per line.</summary>
    Codespell,
}

/// <summary>A loaded list: where it came from and its entries.</summary>
/// <param name="DisplayPath">How the list is named in errors.</param>
/// <param name="Format">The format it was read in.</param>
/// <param name="Entries">Its entries in file order.</param>
public sealed record MisspellingList(string DisplayPath, MisspellingListFormat Format, IReadOnlyList<MisspellingEntry> Entries);

/// <summary>
/// Reads misspelling lists: the built-in ones in <c>rules/misspellings/</c> and users' files in PostLint's YAML, prh's
/// YAML or codespell's format. Every problem is reported with the file, line and column; each entry's examples
/// (<c>matches</c>, <c>not</c>, <c>specs</c>) are run against the list, so a list that does not do what its author
/// meant is refused.
/// </summary>
public static class MisspellingLists
{
    /// <summary>
    /// The names of the built-in lists: the curated ones (<c>rules/misspellings/NAME.yml</c>, <see cref="BuiltIn"/>) and
    /// the large generated one (<c>rules/misspellings/en-typos.txt</c>, <see cref="BuiltInTable"/>).
    /// </summary>
    public static readonly IReadOnlyList<string> BuiltInNames = ["ko", "en", TableName, NearMissName];

    /// <summary>The name of the large built-in list of whole English words (<see cref="WordTable"/>).</summary>
    public const string TableName = "en-typos";

    /// <summary>The name of the built-in near-miss check (<see cref="NearMisses"/>): words one slip from a common English word.</summary>
    public const string NearMissName = "en-near-miss";

    /// <summary>
    /// The English words of the near-miss check, read in place from their compiled index
    /// (<c>src/PostLint.Rules/Spelling/Compiled/en-words.index</c>, compiled by the test suite from
    /// <c>rules/misspellings/en-words.txt</c>).
    /// </summary>
    public static EnglishWords BuiltInWords() => EnglishWords.Load(Shared.EmbeddedData.Bytes("compiled/misspellings/en-words.index"));

    private static readonly ConcurrentDictionary<string, MisspellingList> BuiltInCache = new(StringComparer.Ordinal);

    private static readonly Lazy<WordTable> Table = new(LoadTable);

    /// <summary>
    /// The large built-in list by name (<c>en-typos</c>), read once per process with its compiled index
    /// (<c>src/PostLint.Rules/Spelling/Compiled/en-typos.index</c>: read in place, no copies, no hashing); null for any other name.
    /// </summary>
    public static WordTable? BuiltInTable(string name) => name == TableName ? Table.Value : null;

    /// <summary>The embedded compiled index of the large built-in list (<see cref="WordTable.WriteIndex"/>).</summary>
    public static byte[] BuiltInTableIndex() => Shared.EmbeddedData.Bytes($"compiled/misspellings/{TableName}.index").ToArray();

    private static WordTable LoadTable()
    {
        // In place: the list and its index are read where the runtime mapped them, not copied (Shared/EmbeddedData).
        return WordTable.Load(
            $"rules/misspellings/{TableName}.txt",
            Shared.EmbeddedData.Bytes($"packs/misspellings/{TableName}.txt"),
            Shared.EmbeddedData.Bytes($"compiled/misspellings/{TableName}.index"));
    }

    private static readonly string[] ListKeys = ["kind", "description", "language", "case-sensitive", "entries"];

    private static readonly string[] EntryKeys =
        ["expected", "wrong", "patterns", "case-sensitive", "prefix", "anywhere", "fix", "note", "matches", "not", "specs"];

    private static readonly string[] PrhRuleKeys = ["expected", "pattern", "patterns", "options", "specs", "prh"];

    /// <summary>
    /// A built-in list by name (<c>ko</c>, <c>en</c>), read once per process from its compiled form
    /// (<see cref="CompiledList"/>); null for an unknown name. The test suite parses <c>rules/misspellings/NAME.yml</c>,
    /// runs its examples and checks that the compiled form is what the list compiles to.
    /// </summary>
    public static MisspellingList? BuiltIn(string name) =>
        name is not (TableName or NearMissName) && BuiltInNames.Contains(name)
            ? BuiltInCache.GetOrAdd(name, static n => CompiledList.Read($"rules/misspellings/{n}.yml", BuiltInCompiled(n)))
            : null;

    /// <summary>
    /// The curated built-in lists whose matcher is compiled, in this order (the default of <c>builtin</c>): with no
    /// other curated list and no user list, a run reads that matcher in place (<see cref="CompiledMatcher"/>) instead of
    /// reading the lists' entries and building a trie of their forms.
    /// </summary>
    public static readonly IReadOnlyList<string> CompiledMatcherLists = ["ko", "en"];

    /// <summary>Where the compiled matcher of <see cref="CompiledMatcherLists"/> is kept (<c>src/PostLint.Rules/Spelling/Compiled/</c>).</summary>
    public const string CompiledMatcherFile = "ko-en.index";

    /// <summary>
    /// The matcher of <see cref="CompiledMatcherLists"/> with <paramref name="words"/> and <paramref name="nearMisses"/>,
    /// read in place from its index (compiled by the test suite, <see cref="MisspellingMatcher.WriteIndex"/>); an entry
    /// is read from its list's compiled line the first time one of its forms is found. Null when the index was not
    /// compiled from these lists (the caller builds the matcher).
    /// </summary>
    public static MisspellingMatcher? CompiledMatcher(WordTable? words, NearMisses? nearMisses)
    {
        var lists = CompiledMatcherLists.Select(n => (Path: $"rules/misspellings/{n}.yml", Text: Shared.EmbeddedData.Bytes($"compiled/misspellings/{n}.txt"))).ToArray();
        var lines = lists.Select(l => CompiledList.EntryLines(l.Text.Span)).ToArray();
        var firsts = new int[lists.Length + 1];
        for (var i = 0; i < lists.Length; i++)
        {
            firsts[i + 1] = firsts[i] + lines[i].Length;
        }

        return MisspellingMatcher.Load(
            Shared.EmbeddedData.Bytes($"compiled/misspellings/{CompiledMatcherFile}"),
            CompiledMatcherSource(lists.Select(l => l.Text)),
            firsts[^1],
            e =>
            {
                var list = Array.FindLastIndex(firsts, f => f <= e);
                return CompiledList.ReadEntry(lists[list].Path, lists[list].Text.Span, lines[list][e - firsts[list]]);
            },
            words,
            nearMisses);
    }

    /// <summary>The fingerprint of the compiled lists a compiled matcher is made from (<see cref="Shared.DataIndex.Fingerprint"/>).</summary>
    public static ulong CompiledMatcherSource(IEnumerable<ReadOnlyMemory<byte>> compiledLists)
    {
        var hash = Shared.DataIndex.Fingerprint([]);
        foreach (var text in compiledLists)
        {
            hash = Shared.DataIndex.Fingerprint(text.Span, Shared.DataIndex.Fingerprint([0], hash));
        }

        return hash;
    }

    /// <summary>The text of a built-in list as embedded (<c>rules/misspellings/NAME.yml</c>).</summary>
    public static SourceText BuiltInSource(string name) => SourceText.FromBytes(Shared.EmbeddedData.Bytes($"packs/misspellings/{name}.yml").Span);

    /// <summary>The embedded compiled form of a built-in list (<c>src/PostLint.Rules/Spelling/Compiled/NAME.txt</c>).</summary>
    public static string BuiltInCompiled(string name) => System.Text.Encoding.UTF8.GetString(Shared.EmbeddedData.Bytes($"compiled/misspellings/{name}.txt").Span);


    /// <summary>Reads a user's list from disk, detecting its format.</summary>
    /// <param name="fullPath">The file.</param>
    /// <param name="displayPath">How to name it in errors.</param>
    /// <param name="error">Receives every problem.</param>
    public static MisspellingList? Load(string fullPath, string displayPath, Action<ConfigError> error) =>
        Load(fullPath, displayPath, error, new HashSet<string>(StringComparer.Ordinal));

    private static MisspellingList? Load(string fullPath, string displayPath, Action<ConfigError> error, HashSet<string> visiting)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(fullPath);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            error(new ConfigError(displayPath, 0, 0, ex is FileNotFoundException or DirectoryNotFoundException ? "no such file" : $"cannot read the list: {ex.Message}"));
            return null;
        }

        visiting.Add(fullPath);
        return Parse(displayPath, SourceText.FromBytes(bytes), IsYamlPath(fullPath) ? null : MisspellingListFormat.Codespell, error, fullPath, visiting);
    }

    /// <summary>Parses list text. With <paramref name="format"/> null, YAML is read and the kind detected from its keys.</summary>
    public static MisspellingList? Parse(string displayPath, SourceText source, MisspellingListFormat? format, Action<ConfigError> error) =>
        Parse(displayPath, source, format, error, null, new HashSet<string>(StringComparer.Ordinal));

    private static MisspellingList? Parse(
        string displayPath, SourceText source, MisspellingListFormat? format, Action<ConfigError> error, string? fullPath, HashSet<string> visiting)
    {
        if (format == MisspellingListFormat.Codespell)
        {
            return ParseCodespell(displayPath, source, error);
        }

        var parsed = YamlReader.Parse(source.Text, 0, source.Length);
        if (parsed.Error is { } e)
        {
            error(ConfigError.At(displayPath, source, e.Offset, $"invalid YAML: {e.Message}"));
            return null;
        }

        if (parsed.Root is not YMapping root)
        {
            error(new ConfigError(displayPath, 1, 1, "a misspelling list must be a YAML mapping (kind: misspellings, or prh's rules:)"));
            return null;
        }

        var reader = new YamlListReader(displayPath, source, error);
        var isPrh = format == MisspellingListFormat.Prh || (format is null && root.Find("rules") is not null && root.Find("entries") is null);
        return isPrh ? reader.ReadPrh(root, fullPath, visiting) : reader.ReadPostLint(root);
    }

    /// <summary>Reads a codespell dictionary: <c>wrong-&gt;right</c> (fixable), <c>wrong-&gt;a, b,</c> (suggestions only), <c>wrong-&gt;right, reason</c>.</summary>
    public static MisspellingList ParseCodespell(string displayPath, SourceText source, Action<ConfigError> error)
    {
        var entries = new List<MisspellingEntry>(source.LineCount);
        for (var line = 1; line <= source.LineCount; line++)
        {
            var text = source.GetLineSpan(line);
            var trimmed = text.Trim();
            if (trimmed.IsEmpty || trimmed[0] == '#')
            {
                continue;
            }

            var arrow = trimmed.IndexOf("->", StringComparison.Ordinal);
            var column = text.Length - text.TrimStart().Length + 1;
            if (arrow <= 0)
            {
                error(new ConfigError(displayPath, line, column, "expected 'wrong->right' (codespell dictionary format)"));
                continue;
            }

            var wrongSpan = trimmed[..arrow].Trim();
            var dataSpan = trimmed[(arrow + 2)..].Trim();
            if (!dataSpan.IsEmpty && dataSpan.IndexOf(',') < 0 && !dataSpan.SequenceEqual(wrongSpan))
            {
                // One correction and nothing else: nearly every line of a codespell dictionary.
                entries.Add(new MisspellingEntry(wrongSpan.ToString(), dataSpan.ToString()) { OriginFile = displayPath, OriginLine = line });
                continue;
            }

            var wrong = wrongSpan.ToString();
            var data = dataSpan.ToString();
            if (data.Length == 0)
            {
                error(new ConfigError(displayPath, line, column + arrow + 2, $"'{wrong}' has no correction after '->'"));
                continue;
            }

            // codespell: no comma = one fix; a trailing comma = suggestions only; text after the last comma = a reason.
            var comma = data.LastIndexOf(',');
            string? reason = null;
            var fixable = comma < 0;
            if (comma >= 0 && comma < data.Length - 1)
            {
                reason = data[(comma + 1)..].Trim();
                data = data[..comma];
            }

            var suggestions = data.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            if (suggestions.Length == 0)
            {
                error(new ConfigError(displayPath, line, column + arrow + 2, $"'{wrong}' has no correction after '->'"));
                continue;
            }

            if (suggestions.Any(s => s == wrong))
            {
                error(new ConfigError(displayPath, line, column, $"'{wrong}' is also its own correction"));
                continue;
            }

            entries.Add(new MisspellingEntry([wrong], suggestions)
            {
                Fixable = fixable,
                Note = string.IsNullOrEmpty(reason) ? null : reason,
                OriginFile = displayPath,
                OriginLine = line,
            });
        }

        return new MisspellingList(displayPath, MisspellingListFormat.Codespell, entries);
    }

    private static bool IsYamlPath(string path) =>
        path.EndsWith(".yml", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase);

    /// <summary>An example to check once the list is built, for the entries made from one item of the file.</summary>
    private sealed record Check(MisspellingEntry[] Group, string Kind, YScalar From, YScalar? To);

    /// <summary>Reads PostLint's and prh's YAML, collecting examples to run once all entries are known.</summary>
    private sealed class YamlListReader(string displayPath, SourceText source, Action<ConfigError> error)
    {
        private readonly List<Check> _checks = [];

        private readonly Dictionary<string, int> _seen = new(StringComparer.Ordinal);
        private int _errors;

        private void Error(YNode node, string message)
        {
            _errors++;
            error(ConfigError.At(displayPath, source, node.Range.Start, message));
        }

        private int LineOf(YNode node) => source.GetPosition(node.Range.Start).Line;

        public MisspellingList? ReadPostLint(YMapping root)
        {
            foreach (var key in root.Entries)
            {
                if (Array.IndexOf(ListKeys, key.KeyText) < 0)
                {
                    Error(key.Key, $"unknown key '{key.KeyText}'; expected one of: {string.Join(", ", ListKeys)}");
                }
            }

            if (root.Get("kind") is not YScalar { Value: "misspellings" })
            {
                Error(root.Get("kind") ?? root, "a misspelling list needs 'kind: misspellings' (or prh's 'rules:' list)");
                return null;
            }

            var listCaseSensitive = Bool(root, "case-sensitive") ?? false;
            if (root.Get("entries") is not YSequence items)
            {
                Error(root.Get("entries") ?? root, "the list needs 'entries:', a list of mappings with 'expected' and 'wrong' or 'patterns'");
                return null;
            }

            var entries = new List<MisspellingEntry>();
            foreach (var item in items.Items)
            {
                var map = item as YMapping;
                if (map is null)
                {
                    Error(item, "each entry must be a mapping with 'expected' and 'wrong' or 'patterns'");
                    continue;
                }

                foreach (var key in map.Entries)
                {
                    if (Array.IndexOf(EntryKeys, key.KeyText) < 0)
                    {
                        Error(key.Key, $"unknown key '{key.KeyText}' in an entry; expected one of: {string.Join(", ", EntryKeys)}");
                    }
                }

                var expected = Strings(map, "expected");
                if (expected.Count == 0)
                {
                    Error(map, "the entry needs 'expected': what to write instead");
                    continue;
                }

                var caseSensitive = Bool(map, "case-sensitive") ?? listCaseSensitive;
                var forms = new List<(string Text, PatternExpander.Form? Form, YScalar Node)>();
                foreach (var w in Strings(map, "wrong"))
                {
                    forms.Add((w.Value, null, w));
                }

                foreach (var p in Strings(map, "patterns"))
                {
                    var expanded = PatternExpander.Expand(p.Value, out var message);
                    if (expanded is null)
                    {
                        Error(p, $"pattern '{p.Value}': {message}");
                        continue;
                    }

                    forms.AddRange(expanded.Select(f => (f.Text, (PatternExpander.Form?)f, p)));
                }

                if (forms.Count == 0)
                {
                    Error(map, $"the entry for '{expected[0].Value}' needs 'wrong' or 'patterns': the forms to find");
                    continue;
                }

                var group = MakeEntries(map, expected, forms, caseSensitive, Bool(map, "prefix"), Bool(map, "anywhere") ?? false,
                    Bool(map, "fix") ?? true, (map.Get("note") as YScalar)?.Value);
                if (group.Length == 0)
                {
                    continue;
                }

                entries.AddRange(group);
                foreach (var kind in (ReadOnlySpan<string>)["matches", "not"])
                {
                    foreach (var example in Strings(map, kind))
                    {
                        _checks.Add(new Check(group, kind, example, null));
                    }
                }

                ReadSpecs(map, group);
            }

            return Finish(MisspellingListFormat.PostLint, entries);
        }

        public MisspellingList? ReadPrh(YMapping root, string? fullPath, HashSet<string> visiting)
        {
            var entries = new List<MisspellingEntry>();
            foreach (var key in root.Entries)
            {
                switch (key.KeyText)
                {
                    case "version":
                    case "rules":
                        break;
                    case "imports":
                        entries.AddRange(ReadImports(key.Value, fullPath, visiting));
                        break;
                    default:
                        Error(key.Key, $"unknown key '{key.KeyText}' in a prh file; expected version, imports, rules");
                        break;
                }
            }

            if (root.Get("rules") is not YSequence rules)
            {
                if (root.Get("rules") is { } bad && bad is not YScalar { IsNull: true })
                {
                    Error(bad, "prh's 'rules' must be a list");
                }

                return Finish(MisspellingListFormat.Prh, entries);
            }

            foreach (var item in rules.Items)
            {
                var map = item as YMapping;
                if (map is null)
                {
                    Error(item, "each prh rule must be a mapping with 'expected'");
                    continue;
                }

                foreach (var key in map.Entries)
                {
                    if (key.KeyText == "regexpMustEmpty")
                    {
                        Error(key.Key, "prh's 'regexpMustEmpty' is not supported; write the forms as 'patterns'");
                    }
                    else if (Array.IndexOf(PrhRuleKeys, key.KeyText) < 0)
                    {
                        Error(key.Key, $"unknown key '{key.KeyText}' in a prh rule; expected one of: {string.Join(", ", PrhRuleKeys)}");
                    }
                }

                var expected = map.Get("expected") as YScalar;
                if (expected is null || expected.Value.Length == 0)
                {
                    Error(map, "the prh rule needs 'expected'");
                    continue;
                }

                // wordBoundary is accepted and has no effect: PostLint always matches on script-aware word boundaries.
                if (map.Get("options") is YMapping optionMap)
                {
                    foreach (var option in optionMap.Entries)
                    {
                        if (option.KeyText != "wordBoundary")
                        {
                            Error(option.Key, $"prh option '{option.KeyText}' is not supported (only wordBoundary)");
                        }
                    }
                }
                else if (map.Get("options") is { } options)
                {
                    Error(options, "prh's 'options' must be a mapping (wordBoundary)");
                }

                // prh: a string pattern is literal and case-sensitive; /regex/flags is a regex; no pattern at all
                // means the expected form itself, ignoring case.
                var forms = new List<(string Text, PatternExpander.Form? Form, YScalar Node)>();
                var caseInsensitive = false;
                var patterns = Strings(map, "pattern").Concat(Strings(map, "patterns")).ToList();
                foreach (var p in patterns)
                {
                    var value = p.Value;
                    var lastSlash = value.LastIndexOf('/');
                    if (value.Length > 2 && value[0] == '/' && lastSlash > 0 && value[(lastSlash + 1)..].All(char.IsAsciiLetterLower))
                    {
                        var flags = value[(lastSlash + 1)..];
                        caseInsensitive |= flags.Contains('i', StringComparison.Ordinal);
                        var expanded = PatternExpander.Expand(value[1..lastSlash], out var message);
                        if (expanded is null)
                        {
                            Error(p, $"pattern {value}: {message}");
                            continue;
                        }

                        forms.AddRange(expanded.Select(f => (f.Text, (PatternExpander.Form?)f, p)));
                    }
                    else if (value.Length > 0)
                    {
                        forms.Add((value, null, p));
                    }
                }

                if (patterns.Count == 0)
                {
                    forms.Add((expected.Value, null, expected));
                    caseInsensitive = true;
                }

                var note = (map.Get("prh") as YScalar)?.Value;
                var group = MakeEntries(map, [expected], forms, !caseInsensitive, null, false, true, note, allowSelf: patterns.Count == 0);
                if (group.Length == 0)
                {
                    continue;
                }

                entries.AddRange(group);
                ReadSpecs(map, group);
            }

            return Finish(MisspellingListFormat.Prh, entries);
        }

        private IEnumerable<MisspellingEntry> ReadImports(YNode node, string? fullPath, HashSet<string> visiting)
        {
            var items = node switch
            {
                YSequence seq => seq.Items,
                YScalar { IsNull: true } => [],
                _ => [node],
            };
            foreach (var item in items)
            {
                var path = item switch
                {
                    YScalar s => s,
                    YMapping m => m.Get("path") as YScalar,
                    _ => null,
                };
                if (path is null || fullPath is null)
                {
                    Error(item, fullPath is null ? "prh imports are only read from files" : "a prh import must be a path or a mapping with 'path'");
                    continue;
                }

                if (item is YMapping extra && extra.Entries.FirstOrDefault(e => e.KeyText != "path") is { } unsupported)
                {
                    Error(unsupported.Key, $"prh import option '{unsupported.KeyText}' is not supported");
                }

                var target = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(fullPath)!, path.Value));
                if (visiting.Contains(target))
                {
                    Error(path, $"'{path.Value}' is imported twice or imports itself");
                    continue;
                }

                var shown = Path.Combine(Path.GetDirectoryName(displayPath) ?? "", path.Value).Replace('\\', '/');
                var imported = Load(target, shown, e =>
                {
                    _errors++;
                    error(e);
                }, visiting);
                if (imported is not null)
                {
                    foreach (var entry in imported.Entries)
                    {
                        yield return entry;
                    }
                }
            }
        }

        private MisspellingEntry[] MakeEntries(
            YMapping map,
            IReadOnlyList<YScalar> expected,
            List<(string Text, PatternExpander.Form? Form, YScalar Node)> forms,
            bool caseSensitive,
            bool? prefix,
            bool anywhere,
            bool fixable,
            string? note,
            bool allowSelf = false)
        {
            var originLine = LineOf(map);
            var result = new List<MisspellingEntry>();
            var plain = new List<string>();
            foreach (var (text, form, node) in forms)
            {
                if (text.Length == 0 || char.IsWhiteSpace(text[0]) || char.IsWhiteSpace(text[^1]))
                {
                    Error(node, $"'{text}' starts or ends with a space; write the form itself");
                    continue;
                }

                // The same form twice in one list would leave one of the entries (and its examples) without effect.
                var key = caseSensitive ? "=" + text : "~" + text.ToLowerInvariant();
                var line = source.GetPosition(node.Range.Start).Line;
                if (!_seen.TryAdd(key, line) && _seen[key] != line)
                {
                    Error(node, $"'{text}' is already listed on line {_seen[key]}");
                    continue;
                }

                var suggestions = expected.Select(x => form is null ? x.Value : PatternExpander.Substitute(x.Value, form)).ToArray();
                if (!allowSelf && suggestions.Any(s => s == text))
                {
                    if (form is null)
                    {
                        Error(node, $"'{text}' is also the expected form");
                    }

                    continue; // an expansion that yields the right form is simply not a wrong form
                }

                if (form is not null && expected.Any(x => x.Value.Contains('$', StringComparison.Ordinal)))
                {
                    result.Add(new MisspellingEntry([text], suggestions)
                    {
                        CaseSensitive = caseSensitive, Prefix = prefix, Anywhere = anywhere, Fixable = fixable, Note = note, OriginFile = displayPath, OriginLine = originLine,
                    });
                }
                else
                {
                    plain.Add(text);
                }
            }

            if (plain.Count > 0)
            {
                result.Insert(0, new MisspellingEntry(plain.Distinct(StringComparer.Ordinal).ToArray(), expected.Select(x => x.Value).ToArray())
                {
                    CaseSensitive = caseSensitive, Prefix = prefix, Anywhere = anywhere, Fixable = fixable, Note = note, OriginFile = displayPath, OriginLine = originLine,
                });
            }

            return result.ToArray();
        }

        private void ReadSpecs(YMapping map, MisspellingEntry[] group)
        {
            switch (map.Get("specs"))
            {
                case null:
                    return;
                case YSequence specs:
                    foreach (var spec in specs.Items)
                    {
                        if (spec is YMapping s && s.Get("from") is YScalar from && s.Get("to") is YScalar to && s.Entries.Count == 2)
                        {
                            _checks.Add(new Check(group, "spec", from, to));
                        }
                        else
                        {
                            Error(spec, "each spec must be a mapping with exactly 'from' and 'to'");
                        }
                    }

                    return;
                case var other:
                    Error(other, "'specs' must be a list of {from, to}");
                    return;
            }
        }

        /// <summary>Runs every example against the list's own automaton; refuses the list when one fails.</summary>
        private MisspellingList? Finish(MisspellingListFormat format, List<MisspellingEntry> entries)
        {
            if (_checks.Count > 0 && entries.Count > 0)
            {
                var matcher = new MisspellingMatcher(entries);
                var hits = new List<MisspellingHit>();
                foreach (var check in _checks)
                {
                    hits.Clear();
                    matcher.FindCandidates(check.From.Value, 0, check.From.Value.Length, hits);
                    hits.RemoveAll(h => Array.IndexOf(check.Group, h.Entry) < 0);
                    var name = string.Join(", ", check.Group.SelectMany(g => g.Wrong).Take(3));
                    switch (check.Kind)
                    {
                        case "matches" when hits.Count == 0:
                            Error(check.From, $"entry '{name}' does not find its example '{check.From.Value}'");
                            break;
                        case "not" when hits.Count > 0:
                            Error(check.From, $"entry '{name}' finds '{check.From.Value[hits[0].Start..hits[0].End]}' in '{check.From.Value}', listed under 'not'");
                            break;
                        case "spec":
                            var actual = Apply(check.From.Value, hits);
                            if (actual != check.To!.Value)
                            {
                                Error(check.From, $"spec of '{name}' fails: '{check.From.Value}' becomes '{actual}', not '{check.To.Value}'");
                            }

                            break;
                    }
                }
            }

            return _errors > 0 ? null : new MisspellingList(displayPath, format, entries);
        }

        private static string Apply(string text, List<MisspellingHit> hits)
        {
            hits.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : b.Length.CompareTo(a.Length));
            var sb = new System.Text.StringBuilder(text.Length);
            var at = 0;
            foreach (var hit in hits)
            {
                if (hit.Start < at)
                {
                    continue;
                }

                sb.Append(text, at, hit.Start - at).Append(hit.Entry.SuggestionsFor(text.AsSpan(hit.Start, hit.Length))[0]);
                at = hit.End;
            }

            return sb.Append(text, at, text.Length - at).ToString();
        }

        private IReadOnlyList<YScalar> Strings(YMapping map, string key)
        {
            switch (map.Get(key))
            {
                case null:
                case YScalar { IsNull: true }:
                    return [];
                case YScalar s:
                    return [s];
                case YSequence seq:
                    var list = new List<YScalar>();
                    foreach (var item in seq.Items)
                    {
                        if (item is YScalar { IsNull: false } si)
                        {
                            list.Add(si);
                        }
                        else
                        {
                            Error(item, $"'{key}' must hold strings");
                        }
                    }

                    return list;
                case var other:
                    Error(other, $"'{key}' must be a string or a list of strings");
                    return [];
            }
        }

        private bool? Bool(YMapping map, string key)
        {
            switch (map.Get(key))
            {
                case null:
                    return null;
                case YScalar { Value: "true" or "True" or "yes" }:
                    return true;
                case YScalar { Value: "false" or "False" or "no" }:
                    return false;
                case var other:
                    Error(other, $"'{key}' must be true or false");
                    return null;
            }
        }
    }
}
