using PostLint.Configuration;
using PostLint.Localization;
using PostLint.Rules;
using PostLint.Tests.Infrastructure;

namespace PostLint.Tests.Configuration;

/// <summary>
/// <see cref="ConfigLoader.Load"/> on one config file's text: the settings it gives (what differs from the defaults) and
/// every error, exactly as the run prints them.
/// </summary>
public class ConfigLoadTests
{
    private static readonly RuleCatalog Catalog = BuiltInRules.CreateCatalog();

    /// <summary>Loads <paramref name="yaml"/> as <c>cfg/.postlint.yml</c>; returns the settings' summary and the errors.</summary>
    private static (string Settings, string[] Errors) Load(string? yaml, string[]? select = null, string[]? ignore = null)
    {
        using var site = new TempSite("none");
        var path = yaml is null ? null : site.Write("cfg/.postlint.yml", yaml);
        var errors = new List<ConfigError>();
        var settings = ConfigLoader.Load(Catalog, path, path is null ? null : "cfg/.postlint.yml", select, ignore ?? [], errors);
        return (Summary(settings, site.Root), errors.Select(e => e.ToString()).ToArray());
    }

    /// <summary>
    /// What differs from the defaults: rules turned off (<c>-PL201</c>), severities (<c>PL201=warning</c>, <c>!</c> when
    /// set by a severity name), the other keys.
    /// </summary>
    private static string Summary(LintSettings s, string root)
    {
        var parts = new List<string>();
        var active = s.ActiveRules.ToDictionary(a => a.Rule.Descriptor.Id);
        foreach (var d in Catalog.Descriptors.Where(d => !d.IsAlwaysReported))
        {
            if (!s.Enabled.TryGetValue(d.Id, out var severity))
            {
                Assert.False(active.ContainsKey(d.Id));
                parts.Add("-" + d.Id);
                continue;
            }

            // The engine's own findings (PL002) have no rule object to run.
            var configured = active.TryGetValue(d.Id, out var a) && a.IsSeverityConfigured;
            Assert.Equal(severity, a?.Severity ?? severity);
            if (severity != d.DefaultSeverity || configured)
            {
                parts.Add($"{d.Id}={severity.ToString().ToLowerInvariant()}{(configured ? "!" : "")}");
            }
        }

        if (s.Include.Count > 0)
        {
            parts.Add("include=" + string.Join("|", s.Include));
        }

        if (s.Exclude.Count > 0)
        {
            parts.Add("exclude=" + string.Join("|", s.Exclude));
        }

        if (s.MaxFileSize != LintSettings.DefaultMaxFileSize)
        {
            parts.Add("max=" + s.MaxFileSize);
        }

        if (s.Baseline is { } b)
        {
            parts.Add("baseline=" + Path.GetRelativePath(root, b).Replace('\\', '/'));
        }

        if (s.Language is { } l)
        {
            parts.Add("lang=" + l);
        }

        if (s.Drafts)
        {
            parts.Add("drafts");
        }

        return string.Join(" ", parts);
    }

    [Theory]
    [InlineData("", "")]
    [InlineData("~\n", "")]
    [InlineData("# only a comment\n", "")]
    [InlineData("rules:\n", "")]
    [InlineData("rules: {}\ninclude: ~\nexclude: ~\n", "")]
    [InlineData("include: '**/*.md'\n", "include=**/*.md")]
    [InlineData("include: [_posts/**, docs/*.md]\nexclude: [drafts/**]\n", "include=_posts/**|docs/*.md exclude=drafts/**")]
    [InlineData("exclude: vendor/**\n", "exclude=vendor/**")]
    [InlineData("max-file-size: 1MB\n", "max=1048576")]
    [InlineData("max-file-size: 512 kb\n", "max=524288")]
    [InlineData("max-file-size: 2048\n", "max=2048")]
    [InlineData("baseline: .postlint-baseline.json\n", "baseline=cfg/.postlint-baseline.json")]
    [InlineData("baseline: '  ../base.json '\n", "baseline=base.json")]
    [InlineData("lang: ko\n", "lang=Korean")]
    [InlineData("lang: en\n", "lang=English")]
    [InlineData("drafts: true\n", "drafts")]
    [InlineData("drafts: false\n", "")]
    [InlineData("rules:\n  PL201: warning\n", "PL201=warning!")]
    [InlineData("rules:\n  PL201: error\n", "PL201=error!")]
    [InlineData("rules:\n  PL203: info\n  PL301: off\n  PL302: false\n", "PL203=info! -PL301 -PL302")]
    [InlineData("rules:\n  PL201: ' off '\n", "-PL201")]
    [InlineData("rules:\n  links: off\n  PL301: on\n", "-PL302 -PL303 -PL304")]
    [InlineData("rules:\n  PL302: true\n  links: off\n", "-PL301 -PL303 -PL304")]
    [InlineData("rules:\n  PL301: error\n  links: off\n", "PL301=error! -PL302 -PL303 -PL304")]
    [InlineData("rules:\n  broken-image-path: warning\n", "PL301=warning!")]
    [InlineData("rules:\n  tables: info\n", "PL501=info! PL502=info!")]
    [InlineData("rules:\n  PL201: {severity: info}\n", "PL201=info!")]
    [InlineData("rules:\n  links: off\n  PL301: {report-skipped: true}\n", "-PL302 -PL303 -PL304")]
    [InlineData("rules:\n  PL301: off\n  PL301: {keys: [image]}\n", "")]
    [InlineData("rules:\n  PL401: info\n  spelling: off\n", "PL401=info!")]
    [InlineData("rules:\n  broken-image-path: error\n  links: off\n", "PL301=error! -PL302 -PL303 -PL304")]
    [InlineData("rules:\n  PL301: {keys: [image], severity: off}\n", "-PL301")]
    [InlineData("rules:\n  PL203: {max-hangul: 3, max-latin: '5', allow: 도}\n", "")]
    [InlineData("rules:\n  PL302: {allow-empty-html-alt: yes}\n  PL301: {report-skipped: Off}\n", "")]
    [InlineData("rules:\n  PL302: {allow-empty-html-alt: TRUE}\n  PL203: {max-hangul: ' 3'}\n", "")]
    public void A_valid_config_gives_these_settings(string yaml, string settings)
    {
        var (actual, errors) = Load(yaml);
        Assert.Empty(errors);
        Assert.Equal(settings, actual);
    }

    [Theory]
    [InlineData("- rules\n", "cfg/.postlint.yml:1:1: the config must be a mapping of keys (rules, include, exclude, max-file-size, baseline, lang, drafts)")]
    [InlineData("rules\n", "cfg/.postlint.yml:1:1: the config must be a mapping of keys (rules, include, exclude, max-file-size, baseline, lang, drafts)")]
    [InlineData("rules: [PL201]\n", "cfg/.postlint.yml:1:8: 'rules' must be a mapping of rule ids, names or categories to a severity or options")]
    [InlineData("rules:\n  PL999: off\n", "cfg/.postlint.yml:2:3: unknown rule 'PL999'; did you mean 'PL109'? (run 'postlint rules' for the list)")]
    [InlineData("rules:\n  PL201: [off]\n", "cfg/.postlint.yml:2:10: expected a severity (off, info, warning, error) or a mapping of options")]
    [InlineData("rules:\n  PL201: loud\n", "cfg/.postlint.yml:2:10: invalid severity 'loud'; expected one of: off, info, warning, error")]
    [InlineData("rules:\n  links: {keys: [a]}\n", "cfg/.postlint.yml:2:3: options can only be given to one rule, and 'links' selects 4")]
    [InlineData("rules:\n  PL201: {severity: [info]}\n", "cfg/.postlint.yml:2:21: severity must be one of: off, info, warning, error")]
    [InlineData("rules:\n  PL201: {colour: red}\n", "cfg/.postlint.yml:2:11: unknown option 'colour' for rule placeholder-date; expected: severity, keys")]
    [InlineData("rules:\n  PL205: {colour: red}\n", "cfg/.postlint.yml:2:11: unknown option 'colour' for rule merge-conflict-marker; it takes only 'severity'")]
    [InlineData("rules:\n  PL301: {keys: {a: b}}\n", "cfg/.postlint.yml:2:17: option 'keys' must be a list of strings")]
    [InlineData("rules:\n  PL301: {keys: [[a]]}\n", "cfg/.postlint.yml:2:17: option 'keys' must be a list of strings")]
    [InlineData("rules:\n  PL301: {keys: [a, [b]]}\n", "cfg/.postlint.yml:2:17: option 'keys' must be a list of strings")]
    [InlineData("rules:\n  PL301: {colour: red}\n", "cfg/.postlint.yml:2:11: unknown option 'colour' for rule broken-image-path; expected: severity, keys, report-skipped")]
    [InlineData("rules:\n  PL203: {max-hangul: three}\n", "cfg/.postlint.yml:2:23: option 'max-hangul' must be a whole number")]
    [InlineData("rules:\n  PL203: {max-hangul: [3]}\n", "cfg/.postlint.yml:2:23: option 'max-hangul' must be a whole number")]
    [InlineData("rules:\n  PL302: {allow-empty-html-alt: maybe}\n", "cfg/.postlint.yml:2:33: option 'allow-empty-html-alt' must be true or false")]
    [InlineData("rules:\n  PL302: {allow-empty-html-alt: tRUE}\n", "cfg/.postlint.yml:2:33: option 'allow-empty-html-alt' must be true or false")]
    [InlineData("rules:\n  PL203: {max-hangul: 3.0}\n", "cfg/.postlint.yml:2:23: option 'max-hangul' must be a whole number")]
    [InlineData("rules:\n  PL302: {allow-empty-html-alt: [true]}\n", "cfg/.postlint.yml:2:33: option 'allow-empty-html-alt' must be true or false")]
    [InlineData("include: {a: b}\n", "cfg/.postlint.yml:1:10: 'include' must be a list of glob patterns")]
    [InlineData("exclude: [a, [b]]\n", "cfg/.postlint.yml:1:10: 'exclude' must be a list of glob patterns")]
    [InlineData("max-file-size: 0\n", "cfg/.postlint.yml:1:16: 'max-file-size' must be a size such as 10MB, 512KB or a number of bytes")]
    [InlineData("max-file-size: -5\n", "cfg/.postlint.yml:1:16: 'max-file-size' must be a size such as 10MB, 512KB or a number of bytes")]
    [InlineData("max-file-size: 1.5MB\n", "cfg/.postlint.yml:1:16: 'max-file-size' must be a size such as 10MB, 512KB or a number of bytes")]
    [InlineData("max-file-size: 2BGB\n", "cfg/.postlint.yml:1:16: 'max-file-size' must be a size such as 10MB, 512KB or a number of bytes")]
    [InlineData("max-file-size: [1MB]\n", "cfg/.postlint.yml:1:16: 'max-file-size' must be a size such as 10MB, 512KB or a number of bytes")]
    [InlineData("baseline: ''\n", "cfg/.postlint.yml:1:11: 'baseline' must be a file path, e.g. .postlint-baseline.json")]
    [InlineData("baseline: ~\n", "cfg/.postlint.yml:1:11: 'baseline' must be a file path, e.g. .postlint-baseline.json")]
    [InlineData("baseline: [a]\n", "cfg/.postlint.yml:1:11: 'baseline' must be a file path, e.g. .postlint-baseline.json")]
    [InlineData("lang: fr\n", "cfg/.postlint.yml:1:7: 'lang' must be en or ko, not 'fr'")]
    [InlineData("lang: [ko]\n", "cfg/.postlint.yml:1:7: 'lang' must be en or ko, not ''")]
    [InlineData("drafts: yes\n", "cfg/.postlint.yml:1:9: 'drafts' must be true or false, not 'yes'")]
    [InlineData("drafts: off\n", "cfg/.postlint.yml:1:9: 'drafts' must be true or false, not 'off'")]
    [InlineData("drafts: [true]\n", "cfg/.postlint.yml:1:9: 'drafts' must be true or false, not ''")]
    [InlineData("colour: red\n", "cfg/.postlint.yml:1:1: unknown key 'colour'; expected one of: rules, include, exclude, max-file-size, baseline, lang, drafts")]
    [InlineData("rules: {PL201: off\n", "cfg/.postlint.yml:2:1: invalid YAML: While parsing a flow mapping, did not find expected ',' or '}'")]
    public void An_invalid_config_is_one_error_at_its_place(string yaml, string error)
    {
        var (settings, errors) = Load(yaml);
        Assert.Equal([error], errors);
        Assert.Equal("", settings);
    }

    [Fact]
    public void An_unknown_rule_among_others_is_an_error_and_the_others_apply()
    {
        var (settings, errors) = Load("rules:\n  PL201: warning\n  PL999: off\n  links: off\n");
        Assert.Equal(["cfg/.postlint.yml:3:3: unknown rule 'PL999'; did you mean 'PL109'? (run 'postlint rules' for the list)"], errors);
        Assert.Equal("PL201=warning! -PL301 -PL302 -PL303 -PL304", settings);
    }

    [Theory]
    [InlineData(new[] { "PL201" }, new string[0], "-PL002 -PL006 -PL008 -PL101 -PL102 -PL103 -PL104 -PL105 -PL106 -PL107 -PL108 -PL109 -PL110 -PL111 PL201=warning! -PL202 -PL203 -PL204 -PL205 -PL301 -PL302 -PL303 -PL304 -PL401 -PL501 -PL502", "rules:\n  PL201: warning\n  PL203: off\n")]
    [InlineData(new[] { "PL201, PL203", "tables" }, new[] { "PL501" }, "-PL002 -PL006 -PL008 -PL101 -PL102 -PL103 -PL104 -PL105 -PL106 -PL107 -PL108 -PL109 -PL110 -PL111 PL201=warning! -PL202 -PL204 -PL205 -PL301 -PL302 -PL303 -PL304 -PL401 -PL501", "rules:\n  PL201: warning\n  PL203: off\n")]
    [InlineData(null, new[] { "links,spelling", "PL201" }, "-PL201 -PL203 -PL301 -PL302 -PL303 -PL304 -PL401", "rules:\n  PL203: off\n")]
    [InlineData(null, new[] { "" }, "", "")]
    public void The_command_line_selects_and_ignores_over_the_config(string[]? select, string[] ignore, string settings, string yaml)
    {
        var (actual, errors) = Load(yaml, select, ignore);
        Assert.Empty(errors);
        Assert.Equal(settings, actual);
    }

    [Theory]
    [InlineData(new[] { "" }, "postlint: --select names no rule; give ids, names or categories, e.g. --select PL201,links (or 'all')")]
    [InlineData(new[] { " , " }, "postlint: --select names no rule; give ids, names or categories, e.g. --select PL201,links (or 'all')")]
    [InlineData(new[] { "PL201,PL2O3" }, "postlint: --select: unknown rule 'PL2O3'; did you mean 'PL203'? (run 'postlint rules' for the list)")]
    public void A_bad_selection_on_the_command_line_is_an_error_without_a_place(string[] select, string error)
    {
        var (_, errors) = Load(null, select);
        Assert.Equal([error], errors);
    }

    [Fact]
    public void An_unknown_rule_to_ignore_is_an_error_naming_the_option()
    {
        var (settings, errors) = Load(null, null, ["PL201, PL2O3"]);
        Assert.Equal(["postlint: --ignore: unknown rule 'PL2O3'; did you mean 'PL203'? (run 'postlint rules' for the list)"], errors);
        Assert.Equal("-PL201", settings);
    }

    [Fact]
    public void A_config_that_cannot_be_read_is_an_error_naming_the_file()
    {
        using var site = new TempSite("none");
        Directory.CreateDirectory(Path.Combine(site.Root, "cfg.yml"));
        var errors = new List<ConfigError>();
        var settings = ConfigLoader.Load(Catalog, Path.Combine(site.Root, "cfg.yml"), "cfg.yml", null, [], errors);
        var error = Assert.Single(errors);
        Assert.Equal((0, 0), (error.Line, error.Column));
        Assert.StartsWith("cfg.yml: cannot read the config file: ", error.ToString(), StringComparison.Ordinal);
        Assert.StartsWith("cfg.yml: ", error.ToString(Language.Korean), StringComparison.Ordinal);
        Assert.NotEqual(error.ToString(), error.ToString(Language.Korean));
        Assert.Equal(Catalog.Rules.Count(r => r.Descriptor.EnabledByDefault), settings.ActiveRules.Count);
    }

    [Theory]
    [InlineData("10MB", 10L << 20)]
    [InlineData("10mb", 10L << 20)]
    [InlineData(" 1 GB ", 1L << 30)]
    [InlineData("512KB", 512L << 10)]
    [InlineData("512 kb", 512L << 10)]
    [InlineData("100B", 100L)]
    [InlineData("100", 100L)]
    [InlineData("1", 1L)]
    [InlineData("9223372036854775807", long.MaxValue)]
    [InlineData("8589934591GB", 8589934591L << 30)]
    [InlineData("2BGB", null)]
    [InlineData("2KBMB", null)]
    [InlineData("0", null)]
    [InlineData("0KB", null)]
    [InlineData("-1", null)]
    [InlineData("+1", null)]
    [InlineData("1.5MB", null)]
    [InlineData("1,000", null)]
    [InlineData("MB", null)]
    [InlineData("", null)]
    [InlineData("10TB", null)]
    [InlineData("8589934592GB", null)]
    [InlineData("9223372036854775808", null)]
    public void Sizes_are_bytes_or_a_binary_unit(string text, long? bytes) => Assert.Equal(bytes, ConfigLoader.ParseSize(text));

    [Theory]
    [InlineData("lang: ko\n", "Korean")]
    [InlineData("rules: {}\nlang: en\n", "English")]
    [InlineData("lang: fr\n", null)]
    [InlineData("lang: [ko]\n", null)]
    [InlineData("- lang: ko\n", null)]
    [InlineData("rules: {\n", null)]
    public void The_language_is_read_before_the_rest(string yaml, string? language)
    {
        using var site = new TempSite("none");
        var path = site.Write(".postlint.yml", yaml);
        Assert.Equal(language, ConfigLoader.ReadLanguage(path)?.ToString());
        Assert.Null(ConfigLoader.ReadLanguage(Path.Combine(site.Root, "none.yml")));
    }
}
