using PostLint.Sites;
using PostLint.Tests.Infrastructure;

namespace PostLint.Tests.Sites;

/// <summary>Generator configs read as leniently as the generator reads them; what cannot be read is reported, once.</summary>
public class SiteConfigTests
{
    private static Site Detect(TempSite site) => SiteLocator.Detect(site.Root)!;

    [Fact]
    public void A_comment_right_after_a_closing_quote_is_read_as_libyaml_reads_it()
    {
        // Jekyll (Psych/libyaml) reads this config; YamlDotNet refuses the '#' right after the quote.
        using var site = new TempSite("none");
        site.Write("_config.yml", "title: 블로그\navatar: \"/assets/me.png\"# 프로필\nbaseurl: /project\npermalink: /:title/\nurl: https://me.github.io\n");
        var found = Detect(site);
        Assert.Equal(("/project", "/:title/", "https://me.github.io"), (found.BaseUrl, found.Permalink, found.Url));
        Assert.Empty(found.ConfigProblems);
        Assert.Equal("/assets/me.png", ((PostLint.Yaml.YScalar)found.Config!.Get("avatar")!).Value);
    }

    [Fact]
    public void A_line_that_cannot_be_read_is_left_out_and_the_rest_still_applies()
    {
        using var site = new TempSite("none");
        site.Write("_config.yml", "title: 블로그\ndescription: \"My blog\": about code\nbaseurl: /project\npermalink: pretty\n");
        var found = Detect(site);
        Assert.Equal(("/project", "pretty"), (found.BaseUrl, found.Permalink));
        var problem = Assert.Single(found.ConfigProblems);
        Assert.Contains("PostLint ignored 'description: \"My blog\": about code' and read the rest", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unreadable_config_is_reported_once_per_run_at_its_line()
    {
        using var site = new TempSite("none");
        site.Write("_config.yml", "title: 블로그\ndescription: \"My blog\": about code\nbaseurl: /project\n");
        site.Write("_posts/2025-03-01-a.md", "---\ntitle: 첫 글\n---\n본문\n");
        site.Write("_posts/2025-03-02-b.md", "---\ntitle: Second\n---\nBody\n");
        var result = site.Run();
        var config = Assert.Single(result.Findings, l => l.StartsWith("_config.yml:", StringComparison.Ordinal));
        Assert.StartsWith("_config.yml:2:1: warning PL008 site-config-unreadable: _config.yml is not valid YAML here (", config, StringComparison.Ordinal);
        Assert.Single(site.Run("_posts/2025-03-01-a.md").Findings, l => l.StartsWith("_config.yml:2:1:", StringComparison.Ordinal));
        Assert.DoesNotContain(site.Run("_posts/2025-03-01-a.md", "--ignore", "site-config-unreadable").Findings, l => l.StartsWith("_config.yml", StringComparison.Ordinal));
    }

    [Fact]
    public void A_readable_config_adds_nothing_to_the_report()
    {
        using var site = new TempSite("none");
        site.Write("_config.yml", "title: 블로그\n");
        site.Write("_posts/2025-03-01-a.md", "---\ntitle: 첫 글\n---\n본문\n");
        Assert.Empty(site.Run().Findings);
    }

    [Theory]
    [InlineData("hugo.toml", "baseURL = 'https://example.org/blog/'\ncontentDir = 'posts-src'\n")]
    [InlineData("hugo.yaml", "baseURL: https://example.org/blog/\ncontentDir: posts-src\n")]
    [InlineData("hugo.json", "{\"baseURL\": \"https://example.org/blog/\", \"contentDir\": \"posts-src\"}")]
    [InlineData("config.toml", "baseurl = \"https://example.org/blog\"\ncontentdir = \"posts-src\"\n")]
    public void Hugo_reads_base_url_and_content_dir_from_any_config_format(string file, string config)
    {
        using var site = new TempSite("none");
        site.Write(file, config);
        var found = Detect(site);
        Assert.Equal((SiteKind.Hugo, "/blog", "https://example.org"), (found.Kind, found.BaseUrl, found.Url));
        Assert.Equal([Path.Combine(site.Root, "posts-src")], found.ContentFolders);
        Assert.Empty(found.ConfigProblems);
    }

    [Fact]
    public void A_hugo_config_with_a_syntax_error_is_reported_with_what_to_write()
    {
        using var site = new TempSite("none");
        site.Write("hugo.toml", "baseURL: 'https://example.org/'\ntitle = '블로그'\n");
        var problem = Assert.Single(Detect(site).ConfigProblems);
        Assert.Equal("hugo.toml is not valid TOML: TOML writes 'key = value', not 'key: value': baseURL = 'https://example.org/'; the generator stops on it, and PostLint used its defaults", problem.Message);
        Assert.Equal(0, problem.Range.Start);
    }

    [Theory]
    [InlineData("export default defineConfig({\n  site: 'https://example.com',\n  base: '/docs/',\n  trailingSlash: \"always\",\n});\n", "https://example.com", "/docs", "always")]
    [InlineData("// base: '/old'\nexport default defineConfig({ site: \"https://me.dev\", integrations: [mdx()] });\n", "https://me.dev", "", null)]
    [InlineData("/* site: 'https://wrong.dev' */\nexport default { site: 'https://right.dev' };\n", "https://right.dev", "", null)]
    [InlineData("/*\n site: 'https://wrong.dev',\n*/ export default { site: 'https://right.dev' };\n", "https://right.dev", "", null)]
    [InlineData("export default { site: 'https://a.dev' };\n/* never closed\nbase: '/b'\n", "https://a.dev", "", null)]
    [InlineData("export default { title: 'it\\'s // no comment', site: 'https://me.dev' };\n", "https://me.dev", "", null)]
    [InlineData("export default { title: \"a /* b\", site: 'https://me.dev', base: '/x//y/' };\n", "https://me.dev", "/x//y", null)]
    [InlineData("export default {\n  site: 'https://a.dev',\n  site: 'https://b.dev',\n};\n", "https://a.dev", "", null)]
    [InlineData("export default { site: 'https://me.dev/blog/' };\n", "https://me.dev", "", null)]
    [InlineData("export default { site: 'https://me.dev/blog', base: '/blog' };\n", "https://me.dev/blog", "/blog", null)]
    [InlineData("export default { site: `https://me.dev/`, base: '/', trailingSlash: 'never' };\n", "https://me.dev", "", "never")]
    [InlineData("export default {site:'https://me.dev',base:' /docs '};\n", "https://me.dev", "/docs", null)]
    [InlineData("export default { site: 'https://me.dev' };\nconst s = \"never closed", "https://me.dev", "", null)] // a string open at the end of the file
    [InlineData("export default { site: 'https://me.dev', // base: '/old'\n};\n", "https://me.dev", "", null)] // a comment after code on its line
    [InlineData("const note = `\nhttps://old.dev`; export default { site: 'https://me.dev' };\n", "https://me.dev", "", null)] // :// outside a quote on its line is no comment
    [InlineData("export default { site: 'https://me.dev' };\nconst half = 1 /", "https://me.dev", "", null)] // a slash at the end of the file
    [InlineData("export default { site: 'https://me.dev' };\n// the end", "https://me.dev", "", null)] // a comment at the end of the file
    [InlineData("const scale = 2 * 3;\nexport default { site: 'https://me.dev' };\n", "https://me.dev", "", null)] // a '*' that opens no comment
    [InlineData("/* docs: https://docs.astro.build/*/\nexport default { site: 'https://me.dev' };\n", "https://me.dev", "", null)] // a comment ending in /*/
    [InlineData("/* a */// base: '/old'\nexport default { site: 'https://me.dev' };\n", "https://me.dev", "", null)] // a line comment right after a block comment
    public void Astro_settings_are_read_from_the_config_text(string config, string url, string baseUrl, string? trailingSlash)
    {
        using var site = new TempSite("none");
        site.Write("astro.config.mjs", config);
        var found = Detect(site);
        Assert.Equal((SiteKind.Astro, url, baseUrl, trailingSlash), (found.Kind, found.Url!, found.BaseUrl, found.TrailingSlash));
        Assert.Equal([Path.Combine(site.Root, "src", "content"), Path.Combine(site.Root, "src", "pages")], found.ContentFolders);
    }

    [Theory]
    [InlineData("astro.config.mjs")]
    [InlineData("astro.config.js")]
    [InlineData("astro.config.ts")]
    [InlineData("astro.config.mts")]
    [InlineData("astro.config.cjs")]
    public void Every_name_of_astro_s_config_marks_an_astro_site(string name)
    {
        using var site = new TempSite("none");
        site.Write(name, "export default { site: 'https://me.dev' };\n");
        var found = Detect(site);
        Assert.Equal((SiteKind.Astro, "https://me.dev"), (found.Kind, found.Url));
        Assert.Equal(Path.Combine(site.Root, name), found.ConfigPath);
    }

    [Theory]
    [InlineData("site: SITE_URL,", "site is set by code PostLint does not run (SITE_URL); PostLint assumed no site URL: write it as a string to have it checked", 3, 9)]
    [InlineData("trailingSlash: mode }", "trailingSlash is set by code PostLint does not run (mode); PostLint assumed Astro's default: write it as a string to have it checked", 3, 18)]
    public void Each_setting_written_as_code_says_what_was_assumed(string setting, string message, int line, int column)
    {
        using var site = new TempSite("none");
        site.Write("astro.config.mjs", "const x = 1;\nexport default {\n  " + setting + "\n};\n");
        var found = Detect(site);
        var problem = Assert.Single(found.ConfigProblems);
        Assert.Equal(message, problem.Message);
        var text = File.ReadAllText(Path.Combine(site.Root, "astro.config.mjs"));
        var position = new PostLint.Documents.SourceText(text).GetPosition(problem.Range.Start);
        Assert.Equal((line, column), (position.Line, position.Column));
        Assert.Equal(setting.Split(':')[1].Trim().TrimEnd(',', '}').Trim(), text[problem.Range.Start..problem.Range.End]);
        Assert.Null(found.Url);
    }

    [Theory]
    [InlineData("  site: SITE_URL// set in CI\n", "SITE_URL")] // a comment right after the code
    [InlineData("  site: process.env.SITE /* from CI */ || 'https://me.dev',\n", "process.env.SITE /* from CI */ || 'https://me.dev'")] // a comment inside the code
    [InlineData("  site: SITE_URL /* set\n  in CI */ || 'https://me.dev',\n", "SITE_URL")] // a comment that ends the line ends the code
    public void An_astro_setting_written_as_code_is_reported_up_to_its_comments(string setting, string code)
    {
        using var site = new TempSite("none");
        var text = "export default {\n" + setting + "};\n";
        site.Write("astro.config.mjs", text);
        var problem = Assert.Single(Detect(site).ConfigProblems);
        Assert.Equal(code, text[problem.Range.Start..problem.Range.End]);
        Assert.StartsWith("site is set by code PostLint does not run (" + code.Split(' ')[0], problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_astro_config_that_cannot_be_read_is_one_problem_and_astro_s_defaults()
    {
        using var site = new TempSite("none");
        var found = AstroSite.Read(site.Root, Path.Combine(site.Root, "astro.config.mjs"));
        Assert.Equal((SiteKind.Astro, null, "", null), (found.Kind, found.Url, found.BaseUrl, found.TrailingSlash));
        var problem = Assert.Single(found.ConfigProblems);
        Assert.Equal((0, 0), (problem.Range.Start, problem.Range.End));
        Assert.StartsWith("cannot read astro.config.mjs: ", problem.Message, StringComparison.Ordinal);
        Assert.EndsWith("; PostLint used Astro's defaults", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_astro_setting_written_as_code_is_reported_not_run()
    {
        using var site = new TempSite("none");
        site.Write("astro.config.ts", "export default defineConfig({\n  base: process.env.BASE_PATH,\n});\n");
        var problem = Assert.Single(Detect(site).ConfigProblems);
        Assert.Equal("base is set by code PostLint does not run (process.env.BASE_PATH); PostLint assumed no base: write it as a string to have it checked", problem.Message);
    }

    [Fact]
    public void A_jekyll_walk_leaves_out_what_the_config_excludes_as_jekyll_matches_it()
    {
        using var site = new TempSite("none");
        site.Write("_config.yml", "title: 블로그\nexclude:\n  - README\n  - \"*.draft.md\"\n  - /docs\n  - notes/\ninclude:\n  - notes/\n");
        const string bad = "---\ntitle: 글\n---\n\n![없음](/images/none.png)\n";
        site.Write("README.md", bad);
        site.Write("docs/guide.md", bad);
        site.Write("posts/idea.draft.md", bad);
        site.Write("notes/kept.md", bad);
        site.Write("Gemfile.md", bad);
        site.Write("about.md", bad);
        var files = site.Run("--select", "broken-image-path").Findings.Select(l => l[..l.IndexOf(':', StringComparison.Ordinal)]);
        Assert.Equal(["about.md", "notes/kept.md"], files);
    }
}
