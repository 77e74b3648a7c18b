using PostLint.Tests.Infrastructure;

namespace PostLint.Tests.Documents;

/// <summary>A post as its site reads it: JSON front matter is Hugo's alone.</summary>
public class PostTests
{
    private const string JsonPost = "{\n  \"title\": \"JSON 글\",\n  \"date\": \"2025-03-01\"\n}\n\n본문입니다.\n";

    [Fact]
    public void Json_front_matter_is_front_matter_on_a_hugo_site()
    {
        using var site = new TempSite("hugo");
        site.Write("content/posts/a.md", JsonPost);
        Assert.Empty(RuleHarness.LintFile(site, "content/posts/a.md", "front-matter-missing"));
    }

    [Fact]
    public void Json_front_matter_is_body_text_on_a_jekyll_site()
    {
        using var site = new TempSite("jekyll");
        site.Write("_posts/2025-03-01-a.md", JsonPost);
        Assert.Equal(["1:1 front-matter-missing"], RuleHarness.Brief(RuleHarness.LintFile(site, "_posts/2025-03-01-a.md", "front-matter-missing")));
    }
}
