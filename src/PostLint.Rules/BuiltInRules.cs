using System.Reflection;
using PostLint.Localization;
using PostLint.Rules.Content;
using PostLint.Rules.FrontMatter;
using PostLint.Rules.Links;
using PostLint.Rules.Spelling;
using PostLint.Rules.Tables;

namespace PostLint.Rules;

/// <summary>
/// The one ordered list of built-in rules (no assembly scanning: the tool stays trim- and AOT-clean), and access to
/// their embedded docs. Ids are never reused: retire a rule with a comment here.
/// </summary>
public static class BuiltInRules
{
    /// <summary>Every built-in rule, in id order.</summary>
    public static IReadOnlyList<IRule> All { get; } =
    [
        new PL101FrontMatterMissing(),
        new PL102FrontMatterUnterminated(),
        new PL103FrontMatterInvalidYaml(),
        new PL104FrontMatterDuplicateKey(),
        new PL105FrontMatterTabIndent(),
        new PL106FrontMatterBeforeBomOrBlank(),
        new PL107RequiredKey(),
        new PL108FutureDate(),
        new PL109ModifiedBeforeDate(),
        new PL110FileNameDateMismatch(),
        new PL111PostFileNameUndated(),
        new PL201PlaceholderDate(),
        new PL202PlaceholderText(),
        new PL203StrayFragment(),
        new PL204EmptySection(),
        new PL205MergeConflictMarker(),
        new PL301BrokenImagePath(),
        new PL302ImageAltMissing(),
        new PL303BrokenFragment(),
        new PL304BrokenLink(),
        new PL401Misspelling(),
        new PL501MalformedTable(),
        new PL502KramdownTableSyntax(),
    ];

    /// <summary>A catalog of the built-in rules with their docs.</summary>
    public static RuleCatalog CreateCatalog() => new(All, (rule, language) => GetDoc(rule, language));

    /// <summary>The English Markdown doc embedded beside a rule's code, or null.</summary>
    public static string? GetDoc(RuleDescriptor rule) => GetDoc(rule, Language.English);

    /// <summary>The Markdown doc in <paramref name="language"/> embedded beside a rule's code (<c>PL201PlaceholderDate.ko.md</c>), or null.</summary>
    public static string? GetDoc(RuleDescriptor rule, Language language) => ReadResource("docs/" + rule.DocFileNameIn(language));

    private static string? ReadResource(string name) =>
        Shared.EmbeddedData.TryBytes(name) is { } bytes ? DocText(bytes.Span) : null;

    /// <summary>A doc's UTF-8 bytes as text, without the byte order mark an editor may have saved.</summary>
    internal static string DocText(ReadOnlySpan<byte> bytes) =>
        System.Text.Encoding.UTF8.GetString(bytes.StartsWith("\uFEFF"u8) ? bytes[3..] : bytes);
}
