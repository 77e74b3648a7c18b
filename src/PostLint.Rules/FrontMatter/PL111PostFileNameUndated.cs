using System.Collections.Concurrent;
using System.Globalization;
using System.Text.RegularExpressions;
using PostLint.Diagnostics;
using PostLint.Documents;
using PostLint.Localization;
using PostLint.Rules.Shared;
using PostLint.Sites;
using PostLint.Yaml;

namespace PostLint.Rules.FrontMatter;

/// <summary>Flags a file in <c>_posts/</c> whose name Jekyll does not accept as a post. Docs: PL111PostFileNameUndated.md.</summary>
public sealed partial class PL111PostFileNameUndated : IRule
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly RuleDescriptor Rule = new(
        "PL111", "post-file-name-undated", "A file in _posts has no date prefix, so Jekyll does not publish it",
        RuleCategory.FrontMatter, Severity.Warning)
    { KoreanTitle = "_posts의 파일 이름이 날짜로 시작하지 않아 Jekyll이 게시하지 않습니다" };

    private static readonly Message Undated = new(
        "file name '{name}' does not start with YYYY-MM-DD-, so Jekyll does not publish it: rename it to start with the post's date, e.g. 2025-03-01-{name}",
        "파일 이름 '{name}'{이} YYYY-MM-DD-로 시작하지 않아 Jekyll이 게시하지 않습니다. 글의 날짜로 시작하도록 이름을 바꾸세요(예: 2025-03-01-{name})");

    private static readonly Message UndatedRename = new(
        "file name '{name}' does not start with YYYY-MM-DD-, so Jekyll does not publish it: rename it to {suggestion}",
        "파일 이름 '{name}'{이} YYYY-MM-DD-로 시작하지 않아 Jekyll이 게시하지 않습니다. 이름을 {suggestion}{으로} 바꾸세요");

    // Jekyll's Document::DATE_FILENAME_MATCHER, applied to the file name.
    [GeneratedRegex(@"^\d{2,4}-\d{1,2}-\d{1,2}-[^/]*\.[^.]+$", RegexOptions.CultureInvariant)]
    private static partial Regex JekyllPostName();

    // A date in a near-miss form: 2022-03-16_title, 20220316-title, 2022.03.16 title, 2022-03-16title.
    [GeneratedRegex(@"^(?<y>\d{4})[-_. ]?(?<m>\d{2})[-_. ]?(?<d>\d{2})(?:[-_. ]*(?<rest>[^-_. ][^/]*\.[^.]+)|\.[^.]+)$", RegexOptions.CultureInvariant)]
    private static partial Regex NearMissName();

    /// <inheritdoc/>
    public RuleDescriptor Descriptor => Rule;

    /// <summary>Per run: whether a site's <c>_plugins</c> replace Jekyll's post reader (keyed by site source folder).</summary>
    private sealed record State(ConcurrentDictionary<string, bool> CustomPostReader);

    /// <inheritdoc/>
    public object? Prepare(RuleSetup setup) => new State(new ConcurrentDictionary<string, bool>(StringComparer.Ordinal));

    /// <inheritdoc/>
    public void Check(Post post, RuleContext context)
    {
        if (SitePaths.JekyllPostEntry(post) is not { } entry)
        {
            return;
        }

        var name = entry[(entry.LastIndexOf('/') + 1)..];
        if (JekyllPostName().IsMatch(name) || name.Equals("README.md", StringComparison.OrdinalIgnoreCase))
        {
            return;
        }

        if (context.State<State>().CustomPostReader.GetOrAdd(post.Site.Source, HasCustomPostReader))
        {
            return;
        }

        var suggestion = Suggest(name, post.FrontMatter?.Root);
        context.Report(new TextRange(0, 0), suggestion is null
            ? Undated.With(name)
            : UndatedRename.With(name, suggestion));
    }

    /// <summary>A corrected name: the near-miss date repaired, else the <c>date</c> key's day put in front.</summary>
    internal static string? Suggest(string name, YMapping? root)
    {
        var m = NearMissName().Match(name);
        if (m.Success)
        {
            // A name that is only a date (2022-03-16.md) needs a title: no single suggestion.
            return m.Groups["rest"].Success &&
                DateOnly.TryParseExact($"{m.Groups["y"].Value}-{m.Groups["m"].Value}-{m.Groups["d"].Value}", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
                ? day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "-" + m.Groups["rest"].Value
                : null;
        }

        if (root?.Get("date") is YScalar s && PostDates.TryRead(SiteKind.Jekyll, s, out var date))
        {
            return date.Day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "-" + name;
        }

        return null;
    }

    /// <summary>Whether the site ships a plugin that replaces how Jekyll reads posts (a common way to allow undated names).</summary>
    private static bool HasCustomPostReader(string source)
    {
        var plugins = Path.Combine(source, "_plugins");
        try
        {
            if (!Directory.Exists(plugins))
            {
                return false;
            }

            foreach (var file in Directory.EnumerateFiles(plugins, "*.rb", SearchOption.AllDirectories))
            {
                var info = new FileInfo(file);
                if (info.Length > 1_000_000)
                {
                    continue;
                }

                var text = File.ReadAllText(file);
                if (text.Contains("read_posts", StringComparison.Ordinal) || text.Contains("DATE_FILENAME_MATCHER", StringComparison.Ordinal))
                {
                    return true;
                }
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return false;
        }

        return false;
    }
}
