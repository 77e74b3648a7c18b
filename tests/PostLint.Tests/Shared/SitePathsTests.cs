using PostLint.Documents;
using PostLint.Rules.Shared;
using PostLint.Sites;

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
    public void A_path_below_the_site_is_what_GetRelativePath_gives(string source, string fullPath, string expected)
    {
        // The plain case is cut from the full path; dot segments, doubled separators and other folders go the long way.
        Assert.Equal(Path.GetRelativePath(source, fullPath).Replace('\\', '/'), expected);
        Assert.Equal(expected.StartsWith("../", StringComparison.Ordinal) ? "글.md" : expected, Relative(source, fullPath));
    }
}
