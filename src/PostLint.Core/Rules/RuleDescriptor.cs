using PostLint.Diagnostics;
using PostLint.Localization;

namespace PostLint.Rules;

/// <summary>The group a rule belongs to; also a selector in config and on the command line.</summary>
public enum RuleCategory
{
    /// <summary>PL0xx: the linter itself (unreadable files, suppressions).</summary>
    Meta,

    /// <summary>PL1xx: front matter shape and dates.</summary>
    FrontMatter,

    /// <summary>PL2xx: content (placeholders, stray fragments).</summary>
    Content,

    /// <summary>PL3xx: images and links.</summary>
    Links,

    /// <summary>PL4xx: spelling and wording.</summary>
    Spelling,

    /// <summary>PL5xx: tables.</summary>
    Tables,
}

/// <summary>Whether a rule offers fixes.</summary>
public enum FixAvailability
{
    /// <summary>Never fixes.</summary>
    None,

    /// <summary>Fixes some of its findings.</summary>
    Sometimes,

    /// <summary>Fixes every finding.</summary>
    Always,
}

/// <summary>The kind of value a rule option takes.</summary>
public enum OptionKind
{
    /// <summary>A string.</summary>
    String,

    /// <summary>A list of strings.</summary>
    StringList,

    /// <summary>A whole number.</summary>
    Integer,

    /// <summary><c>true</c> or <c>false</c>.</summary>
    Boolean,
}

/// <summary>One option a rule accepts under <c>rules: name:</c> in the config.</summary>
/// <param name="Name">The key, kebab-case.</param>
/// <param name="Kind">The value's type.</param>
/// <param name="Description">One line for docs and <c>postlint init</c>.</param>
public sealed record OptionSpec(string Name, OptionKind Kind, string Description);

/// <summary>A rule's identity and metadata: declared data, never logic.</summary>
/// <param name="Id">Stable id: <c>PL</c> and three digits, never reused.</param>
/// <param name="Name">Kebab-case name of the problem.</param>
/// <param name="Title">One-line description.</param>
/// <param name="Category">The rule's group.</param>
/// <param name="DefaultSeverity">Severity unless configured.</param>
/// <param name="Fix">Whether it fixes.</param>
/// <param name="EnabledByDefault">False for opt-in rules.</param>
public sealed record RuleDescriptor(
    string Id,
    string Name,
    string Title,
    RuleCategory Category,
    Severity DefaultSeverity,
    FixAvailability Fix = FixAvailability.None,
    bool EnabledByDefault = true)
{
    /// <summary>The title in Korean (the message catalog's test requires one for every rule).</summary>
    public string? KoreanTitle { get; init; }

    /// <summary>The title in <paramref name="language"/>.</summary>
    public string TitleIn(Language language) => language == Language.Korean && KoreanTitle is { } ko ? ko : Title;

    /// <summary>Options the rule accepts; any other key is a config error.</summary>
    public IReadOnlyList<OptionSpec> Options { get; init; } = [];

    /// <summary>The category as written in config (<c>front-matter</c>, <c>links</c>, …).</summary>
    public string CategoryName => CategoryNames.ToName(Category);

    /// <summary>Where the rule's documentation lives online.</summary>
    public string HelpUri => $"{RuleCatalog.DocsBaseUri}{Category}/{DocFileName}";

    /// <summary>The doc's file name beside the rule's code: id plus the name in PascalCase (<c>PL201PlaceholderDate.md</c>).</summary>
    public string DocFileName => Id + string.Concat(Name.Split('-').Select(p => p.Length == 0 ? p : char.ToUpperInvariant(p[0]) + p[1..])) + ".md";

    /// <summary>The file name of the doc in <paramref name="language"/>: the Korean doc sits beside the English one (<c>PL201PlaceholderDate.ko.md</c>).</summary>
    public string DocFileNameIn(Language language) => language == Language.Korean ? DocFileName[..^3] + ".ko.md" : DocFileName;

    /// <summary>
    /// Whether the rule finds work in progress (a <c>TODO</c>, a heading still without text), which a draft is expected
    /// to have: the engine does not run it on a draft the site leaves out of its build (<see cref="Sites.Drafts"/>),
    /// unless drafts are linted as the site builds them with drafts (<c>--drafts</c>), nor on a page the site never
    /// renders (<see cref="SkipsUnrendered"/>).
    /// </summary>
    public bool SkipsDrafts { get; init; }

    /// <summary>
    /// Whether the rule judges a page as the site shows it on its own (its title, its links into itself, its date): the
    /// engine does not run it on a page the site never renders, such as Hugo's headless bundles and pages whose build
    /// options say <c>render: never</c> (<see cref="Sites.Drafts.IsUnrendered"/>). Rules that skip drafts skip these too.
    /// </summary>
    public bool SkipsUnrendered { get; init; }

    /// <summary>Whether the rule must not be suppressed or filtered (file read errors).</summary>
    public bool IsAlwaysReported { get; init; }
}

/// <summary>Category names as written in config.</summary>
public static class CategoryNames
{
    /// <summary>The kebab-case name of a category.</summary>
    public static string ToName(RuleCategory category) => category switch
    {
        RuleCategory.Meta => "meta",
        RuleCategory.FrontMatter => "front-matter",
        RuleCategory.Content => "content",
        RuleCategory.Links => "links",
        RuleCategory.Spelling => "spelling",
        _ => "tables",
    };
}
