using PostLint.Diagnostics;
using PostLint.Localization;

namespace PostLint.Rules;

/// <summary>
/// Every rule the tool knows, in id order: the built-in rules plus the descriptors of findings the engine itself
/// reports (unreadable file, unknown rule in a suppression). Resolves selectors (id, id prefix, name, category, all).
/// </summary>
public sealed class RuleCatalog
{
    /// <summary>The project's home page: <c>PostLintHome</c> in <c>src/Directory.Build.props</c>, the one place to change it.</summary>
    public static readonly string ProjectUri =
        typeof(RuleCatalog).Assembly.GetCustomAttributes(typeof(System.Reflection.AssemblyMetadataAttribute), false)
            .Cast<System.Reflection.AssemblyMetadataAttribute>()
            .FirstOrDefault(a => a.Key == "PostLintHome")?.Value ?? throw new InvalidOperationException("PostLintHome is not set");

    /// <summary>Where rule docs are published; a rule's help URI is this plus its doc path.</summary>
    public static readonly string DocsBaseUri = ProjectUri + "/blob/main/src/PostLint.Rules/";

    private readonly Dictionary<string, RuleDescriptor> _byKey = new(StringComparer.OrdinalIgnoreCase);
    private readonly Func<RuleDescriptor, Language, string?> _docs;

    /// <summary>Builds the catalog.</summary>
    /// <param name="rules">The rules, in registration order.</param>
    /// <param name="docs">Returns a rule's Markdown doc (the same in every language).</param>
    public RuleCatalog(IReadOnlyList<IRule> rules, Func<RuleDescriptor, string?> docs)
        : this(rules, (rule, _) => docs(rule))
    {
    }

    /// <summary>Builds the catalog.</summary>
    /// <param name="rules">The rules, in registration order.</param>
    /// <param name="docs">Returns a rule's Markdown doc in a language, or null when there is none.</param>
    public RuleCatalog(IReadOnlyList<IRule> rules, Func<RuleDescriptor, Language, string?> docs)
    {
        Rules = rules;
        _docs = docs;
        Descriptors = EngineRules.All.Concat(rules.Select(r => r.Descriptor)).OrderBy(d => d.Id, StringComparer.Ordinal).ToArray();
        foreach (var d in Descriptors)
        {
            if (!_byKey.TryAdd(d.Id, d) || !_byKey.TryAdd(d.Name, d))
            {
                throw new InvalidOperationException($"Rule id or name registered twice: {d.Id} {d.Name}");
            }
        }
    }

    /// <summary>The rules that check posts.</summary>
    public IReadOnlyList<IRule> Rules { get; }

    /// <summary>All descriptors, engine findings included, by id.</summary>
    public IReadOnlyList<RuleDescriptor> Descriptors { get; }

    /// <summary>Finds a rule by id or name (case-insensitive).</summary>
    public RuleDescriptor? Find(string idOrName) => _byKey.GetValueOrDefault(idOrName.Trim());

    /// <summary>The rule's Markdown documentation in English.</summary>
    public string? GetDoc(RuleDescriptor rule) => _docs(rule, Language.English);

    /// <summary>The rule's Markdown documentation in <paramref name="language"/>, falling back to English.</summary>
    public string? GetDoc(RuleDescriptor rule, Language language) =>
        language == Language.English ? _docs(rule, language) : _docs(rule, language) ?? _docs(rule, Language.English);

    /// <summary>
    /// Resolves a selector: <c>all</c>, a category (<c>links</c>), an id (<c>PL301</c>), an id prefix (<c>PL3</c>) or a
    /// name (<c>broken-image-path</c>). Returns null when nothing matches.
    /// </summary>
    public IReadOnlyList<RuleDescriptor>? Resolve(string selector)
    {
        selector = selector.Trim();
        if (selector.Equals("all", StringComparison.OrdinalIgnoreCase))
        {
            return Descriptors;
        }

        if (Find(selector) is { } one)
        {
            return [one];
        }

        var byCategory = Descriptors.Where(d => d.CategoryName.Equals(selector, StringComparison.OrdinalIgnoreCase)).ToArray();
        if (byCategory.Length > 0)
        {
            return byCategory;
        }

        if (selector.Length >= 3 && selector.StartsWith("PL", StringComparison.OrdinalIgnoreCase) && selector[2..].All(char.IsAsciiDigit))
        {
            var byPrefix = Descriptors.Where(d => d.Id.StartsWith(selector, StringComparison.OrdinalIgnoreCase)).ToArray();
            return byPrefix.Length > 0 ? byPrefix : null;
        }

        return null;
    }

    /// <summary>
    /// The rule id, name or category closest to a selector that matched nothing (for "did you mean"), or null when
    /// none is close: at most two edits, or a third of the selector's length for long names.
    /// </summary>
    public string? Suggest(string selector)
    {
        selector = selector.Trim().ToLowerInvariant();
        if (selector.Length == 0)
        {
            return null;
        }

        var limit = Math.Max(2, selector.Length / 3);
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var candidate in Descriptors.SelectMany(d => new[] { d.Name, d.Id, d.CategoryName }).Distinct(StringComparer.Ordinal))
        {
            var distance = EditDistance(selector, candidate.ToLowerInvariant());
            if (distance < bestDistance || (distance == bestDistance && best is not null && candidate.Length < best.Length))
            {
                best = candidate;
                bestDistance = distance;
            }
        }

        return bestDistance <= limit ? best : null;
    }

    /// <summary>The "unknown rule" message for a selector: with the closest name when there is one.</summary>
    public PostLint.Localization.Localized UnknownRuleMessage(string selector) => Suggest(selector) is { } near
        ? PostLint.Localization.CoreMessages.ConfigUnknownRuleNear.With(selector.Trim(), near)
        : PostLint.Localization.CoreMessages.ConfigUnknownRule.With(selector.Trim());

    /// <summary>Levenshtein distance with adjacent transpositions counted as one edit.</summary>
    private static int EditDistance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }

        return d[a.Length, b.Length];
    }
}

/// <summary>Findings the engine reports itself; their docs live with the built-in rules' docs.</summary>
public static class EngineRules
{
    /// <summary>A file could not be read (permission, vanished, not text, too large).</summary>
    public static readonly RuleDescriptor FileUnreadable = new(
        "PL001", "file-unreadable", "The file could not be read as text", RuleCategory.Meta, Severity.Error)
    { IsAlwaysReported = true, KoreanTitle = "파일을 텍스트로 읽을 수 없습니다" };

    /// <summary>A suppression comment names a rule that does not exist.</summary>
    public static readonly RuleDescriptor UnknownSuppressionRule = new(
        "PL002", "unknown-rule-in-suppression", "A suppression comment names an unknown rule", RuleCategory.Meta, Severity.Warning)
    { KoreanTitle = "억제 주석에 알 수 없는 규칙이 있습니다" };

    /// <summary>A rule failed on a file: a bug in PostLint, reported instead of a stack trace.</summary>
    public static readonly RuleDescriptor InternalError = new(
        "PL003", "internal-error", "A rule failed on this file", RuleCategory.Meta, Severity.Error)
    { IsAlwaysReported = true, KoreanTitle = "이 파일에서 규칙이 실패했습니다" };

    /// <summary>The file holds NUL bytes: it is binary, not Markdown; it is skipped.</summary>
    public static readonly RuleDescriptor FileNotText = new(
        "PL004", "file-not-text", "The file is binary, not text", RuleCategory.Meta, Severity.Error)
    { IsAlwaysReported = true, KoreanTitle = "텍스트가 아닌 바이너리 파일입니다" };

    /// <summary>The file is larger than <c>max-file-size</c>; it is skipped.</summary>
    public static readonly RuleDescriptor FileTooLarge = new(
        "PL005", "file-too-large", "The file is larger than the size limit", RuleCategory.Meta, Severity.Error)
    { IsAlwaysReported = true, KoreanTitle = "파일이 크기 한도보다 큽니다" };

    /// <summary>The file is not valid UTF-8; it is linted with replacement characters.</summary>
    public static readonly RuleDescriptor InvalidUtf8 = new(
        "PL006", "invalid-utf8", "The file is not valid UTF-8", RuleCategory.Meta, Severity.Error)
    { KoreanTitle = "파일이 올바른 UTF-8이 아닙니다" };

    /// <summary>Markdown nested beyond the parser's depth limit; the body is not checked.</summary>
    public static readonly RuleDescriptor MarkdownTooDeep = new(
        "PL007", "markdown-too-deep", "Markdown is nested too deeply to check", RuleCategory.Meta, Severity.Error)
    { IsAlwaysReported = true, KoreanTitle = "Markdown이 너무 깊이 중첩되어 검사할 수 없습니다" };

    /// <summary>
    /// Part of a generator config (<c>_config.yml</c>, <c>hugo.toml</c>, <c>astro.config.mjs</c>) could not be read, so
    /// PostLint went on without it; reported once per run on the config file.
    /// </summary>
    public static readonly RuleDescriptor SiteConfigUnreadable = new(
        "PL008", "site-config-unreadable", "Part of the site's generator config could not be read", RuleCategory.Meta, Severity.Warning)
    { KoreanTitle = "사이트 생성기 설정의 일부를 읽을 수 없습니다" };

    /// <summary>All engine descriptors.</summary>
    public static IReadOnlyList<RuleDescriptor> All { get; } =
        [FileUnreadable, UnknownSuppressionRule, InternalError, FileNotText, FileTooLarge, InvalidUtf8, MarkdownTooDeep, SiteConfigUnreadable];
}
