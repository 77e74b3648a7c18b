using PostLint.Documents;
using PostLint.Rules.Shared;
using PostLint.Sites;
using PostLint.Tests.Infrastructure;

namespace PostLint.Tests.Shared;

public class SitePathsTests
{
    private static string Relative(string source, string fullPath) =>
        SitePaths.RelativeToSource(new Post("글.md", fullPath, new SourceText("본문\n"), Site.Plain(source)));

    [Theory]
    [InlineData("/srv/blog", "/srv/blog/_posts/2025-03-01-컨테이너.md", "_posts/2025-03-01-컨테이너.md")]
    [InlineData("/srv/blog/", "/srv/blog/_posts/2025-03-01-컨테이너.md", "_posts/2025-03-01-컨테이너.md")]
    [InlineData("/srv/blog", "/srv/blog/_posts/./a/../2025-03-01-b.md", "_posts/2025-03-01-b.md")]
    [InlineData("/srv/blog", "/srv/blog//_posts/2025-03-01-b.md", "_posts/2025-03-01-b.md")]
    [InlineData("/srv/blog", "/srv/blog-old/_posts/2025-03-01-b.md", "../blog-old/_posts/2025-03-01-b.md")]
    [InlineData("/", "/_posts/2025-03-01-b.md", "_posts/2025-03-01-b.md")]
    [InlineData("/srv/blog", "/srv/blog/_posts/a/../2025-03-01-b.md", "_posts/2025-03-01-b.md")]
    [InlineData("/srv/blog", "/srv/blog/./_posts/2025-03-01-b.md", "_posts/2025-03-01-b.md")]
    [InlineData("/srv/blog/sub", "/srv/blog", "..")]
    public void A_path_below_the_site_is_what_GetRelativePath_gives(string source, string fullPath, string expected)
    {
        // The plain case is cut from the full path; dot segments, doubled separators and other folders go the long way.
        Assert.Equal(Path.GetRelativePath(source, fullPath).Replace('\\', '/'), expected);
        Assert.Equal(expected == ".." || expected.StartsWith("../", StringComparison.Ordinal) ? "글.md" : expected, Relative(source, fullPath));
    }

    [Fact]
    public void A_post_with_no_file_is_its_display_path_with_slashes() =>
        Assert.Equal("_posts/2025-03-01-b.md", SitePaths.RelativeToSource(new Post("_posts\\2025-03-01-b.md", "", new SourceText("본문\n"), Site.Plain("/srv/blog"))));

    private static Post PostAt(Site site, string relative, string? displayPath = null) =>
        new(displayPath ?? relative, relative.Length == 0 ? "" : Path.Combine(site.Source, relative), new SourceText("---\ntitle: t\n---\n본문\n"), site);

    [Theory]
    [InlineData("_posts/2025-03-01-컨테이너.md", "2025-03-01-컨테이너.md")]
    [InlineData("_posts/개발/2025-03-01-a.md", "개발/2025-03-01-a.md")]
    [InlineData("blog/_posts/2025-03-01-a.md", "2025-03-01-a.md")]
    [InlineData("a/_posts/b/_posts/2025-03-01-a.md", "b/_posts/2025-03-01-a.md")]
    [InlineData("_posts/_초안.md", null)]
    [InlineData("_posts/.hidden.md", null)]
    [InlineData("_posts/#a.md", null)]
    [InlineData("_posts/~a.md", null)]
    [InlineData("_posts/a.md~", null)]
    [InlineData("_posts/_sub/a.md", null)]
    [InlineData("_posts/sub/_a.md", null)]
    [InlineData("_posts/sub/.a.md", null)]
    [InlineData("posts/a.md", null)]
    [InlineData("my_posts/a.md", null)]
    [InlineData("x_posts/_posts.md", null)]
    public void JekyllPostEntry_is_the_path_below_the_first_posts_folder_unless_special(string relative, string? expected)
    {
        var jekyll = new Site(SiteKind.Jekyll, "/srv/blog", "/srv/blog", "", null, null);
        Assert.Equal(expected, SitePaths.JekyllPostEntry(PostAt(jekyll, relative)));
        Assert.Equal(expected, SitePaths.JekyllPostEntry(PostAt(Site.Plain("/srv/blog"), relative)));
        Assert.Equal(expected is not null, SitePaths.IsPost(PostAt(jekyll, relative)));
        var hugo = new Site(SiteKind.Hugo, "/srv/blog", "/srv/blog", "", null, null);
        Assert.Null(SitePaths.JekyllPostEntry(PostAt(hugo, relative)));
        Assert.False(SitePaths.IsHugoContentPage(PostAt(jekyll, relative)));
    }

    [Theory]
    [InlineData("content/posts/첫글.md", true)]
    [InlineData("content/posts/bundle/index.md", true)]
    [InlineData("content/posts/bundle/notes.md", false)]
    [InlineData("content/posts/_index.md", true)]
    [InlineData("content/posts/other.md", true)]
    [InlineData("static/a.md", false)]
    [InlineData("contents/a.md", false)]
    public void Hugo_content_pages_are_under_the_content_folder_and_no_bundle_resources(string relative, bool expected)
    {
        using var temp = new TempSite("hugo");
        temp.Write("content/posts/첫글.md", "");
        temp.Write("content/posts/_index.md", "");
        temp.Write("content/posts/other.md", "");
        temp.Write("content/posts/bundle/index.md", "");
        temp.Write("content/posts/bundle/notes.md", "");
        var hugo = new Site(SiteKind.Hugo, temp.Root, temp.Root, "", null, null) { ContentFolders = [Path.Combine(temp.Root, "content")] };
        var post = PostAt(hugo, relative);
        Assert.Equal(expected, SitePaths.IsHugoContentPage(post));
        Assert.Equal(expected, SitePaths.IsPost(post));
    }

    [Theory]
    [InlineData("content/posts/bundle/notes.md", true)]
    [InlineData("content/a.md", true)]
    [InlineData("static/a.md", false)]
    public void Hugo_content_pages_with_no_file_are_judged_by_their_display_path(string display, bool expected)
    {
        var hugo = new Site(SiteKind.Hugo, "/srv/blog", "/srv/blog", "", null, null) { ContentFolders = ["/srv/blog/content"] };
        Assert.Equal(expected, SitePaths.IsHugoContentPage(PostAt(hugo, "", display)));
    }

    [Theory]
    [InlineData("/srv/blog", "/srv/blog", true)]
    [InlineData("/srv/blog/", "/srv/blog", true)]
    [InlineData("/srv/blog", "/srv/blog/", true)]
    [InlineData("/srv/blog/사진/a.png", "/srv/blog", true)]
    [InlineData("/srv/blog/a", "/srv/blog/", true)]
    [InlineData("/a", "/", true)]
    [InlineData("/srv/blog-old/a", "/srv/blog", false)]
    [InlineData("/srv/blob", "/srv/blog", false)]
    [InlineData("/srv/blob/a", "/srv/blog", false)]
    [InlineData("/srv/blo", "/srv/blog", false)]
    [InlineData("/srv/blog", "/srv/blog/a", false)]
    [InlineData("/srv/other/blog/x", "/srv/blog", false)]
    public void IsUnder_is_the_folder_itself_or_below_it(string path, string root, bool expected) =>
        Assert.Equal(expected, SitePaths.IsUnder(path, root));

    [Theory]
    [InlineData("/srv/blog/assets/사진.png", "/srv/blog", "assets|사진.png")]
    [InlineData("/srv/blog/assets/", "/srv/blog", "assets")]
    [InlineData("/srv/blog", "/srv/blog", "")]
    [InlineData("/srv/other", "/srv/blog", "..|other")]
    public void SegmentsBelow_splits_the_relative_path(string path, string root, string expected) =>
        Assert.Equal(expected, string.Join("|", SitePaths.SegmentsBelow(path, root)));

    [Theory]
    [InlineData("posts|2025", "../img/./사진.png", 0, "posts|img|사진.png")]
    [InlineData("posts", "../../../a.png", 2, "a.png")]
    [InlineData("a|b", "c//d/", 0, "a|b|c|d")]
    [InlineData("a|b", "", 0, "a|b")]
    [InlineData("", "..", 1, "")]
    [InlineData("a", "../..", 1, "")]
    public void Combine_applies_a_relative_path_and_counts_the_levels_above_the_root(string baseSegments, string relative, int above, string expected)
    {
        var segments = baseSegments.Length == 0 ? new List<string>() : baseSegments.Split('|').ToList();
        var copy = segments.ToList();
        Assert.Equal(above, SitePaths.Combine(segments, relative, out var result));
        Assert.Equal(expected, string.Join("|", result));
        Assert.Equal(copy, segments);
    }

    [Theory]
    [InlineData("", false, "/", "")]
    [InlineData("", true, "/", "")]
    [InlineData("assets|사진", false, "/assets/사진", "assets/사진")]
    [InlineData("assets|사진", true, "/assets/사진/", "assets/사진/")]
    public void ToUrl_and_ToDisplay_join_segments(string segments, bool folder, string url, string display)
    {
        var list = segments.Length == 0 ? [] : segments.Split('|');
        Assert.Equal(url, SitePaths.ToUrl(list, folder));
        Assert.Equal(display, SitePaths.ToDisplay(list, folder));
    }
}
