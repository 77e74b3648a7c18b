using PostLint.Sites;
using PostLint.Tests.Infrastructure;

namespace PostLint.Tests.Sites;

/// <summary>A Hugo site as its config describes it: which file is the config, the base URL, the build switches, the content folders.</summary>
public class HugoSiteConfigTests
{
    [Theory]
    [InlineData("hugo.toml", "", true)]
    [InlineData("hugo.yaml", "", true)]
    [InlineData("hugo.yml", "", true)]
    [InlineData("hugo.json", "", true)]
    [InlineData("config.toml", "", true)]
    [InlineData("config.yaml", "", false)]
    [InlineData("config.yml", "", false)]
    [InlineData("config.json", "", false)]
    [InlineData("config.yaml", "content", true)]
    [InlineData("config.yml", "archetypes", true)]
    [InlineData("config.json", "content", true)]
    [InlineData("config/_default/hugo.toml", "", true)]
    [InlineData("config/_default/config.yaml", "", true)]
    public void A_hugo_config_marks_the_site_unless_its_name_is_too_common_to_tell(string config, string folder, bool isHugo)
    {
        using var site = new TempSite("none");
        site.Write(config, config.EndsWith(".json", StringComparison.Ordinal) ? "{}" : "");
        if (folder.Length > 0)
        {
            Directory.CreateDirectory(Path.Combine(site.Root, folder));
        }

        var found = SiteLocator.Detect(site.Root);
        Assert.Equal(isHugo, found?.Kind == SiteKind.Hugo);
        if (isHugo)
        {
            Assert.Equal(Path.Combine(site.Root, config), found!.ConfigPath);
        }
    }

    private static Site Read(string toml)
    {
        using var site = new TempSite("none");
        site.Write("hugo.toml", toml);
        var found = SiteLocator.Detect(site.Root)!;
        return found with { ContentFolders = found.ContentFolders?.Select(f => Path.GetRelativePath(site.Root, f).Replace('\\', '/')).ToArray() };
    }

    [Theory]
    [InlineData("baseURL = 'https://example.org/blog/'", "https://example.org", "/blog")]
    [InlineData("baseURL = 'http://example.org/'", "http://example.org", "")]
    [InlineData("baseURL = 'https://example.org/%ED%95%9C/'", "https://example.org", "/한")]
    [InlineData("baseURL = '/docs/'", null, "/docs")]
    [InlineData("baseURL = ''", null, "")]
    [InlineData("BASEURL = 'https://example.org/x'", "https://example.org", "/x")]
    public void The_base_url_gives_the_host_and_the_path(string line, string? url, string baseUrl)
    {
        var found = Read(line + "\n");
        Assert.Equal((url, baseUrl), (found.Url, found.BaseUrl));
        Assert.Empty(found.ConfigProblems);
    }

    [Fact]
    public void A_config_that_cannot_be_read_leaves_every_build_option_at_hugo_s_default()
    {
        var found = Read("buildFuture = true\nbuildExpired = true\ndisablePathToLower = true\ntitle = \n");
        Assert.StartsWith("hugo.toml is not valid TOML: ", Assert.Single(found.ConfigProblems).Message, StringComparison.Ordinal);
        Assert.Equal((false, false, false), (found.Future, found.BuildExpired, found.DisablePathToLower));
        Assert.Equal(["content"], found.ContentFolders!);
    }

    [Theory]
    [InlineData("baseURL = 'example.org/blog'", "baseURL 'example.org/blog' is not an absolute URL such as https://example.org/blog/; PostLint assumed the site is served from /")]
    [InlineData("baseURL = 'ftp://example.org/'", "baseURL 'ftp://example.org/' is not an absolute URL such as https://example.org/blog/; PostLint assumed the site is served from /")]
    public void A_base_url_that_is_no_web_address_is_reported(string line, string message)
    {
        var found = Read(line + "\n");
        Assert.Equal(message, Assert.Single(found.ConfigProblems).Message);
        Assert.Equal((null, ""), (found.Url, found.BaseUrl));
    }

    [Theory]
    [InlineData("", false, false, false)]
    [InlineData("buildFuture = true\n", true, false, false)]
    [InlineData("buildExpired = true\n", false, true, false)]
    [InlineData("disablePathToLower = true\n", false, false, true)]
    [InlineData("BuildFuture = 1\nbuildexpired = 'true'\nDISABLEPATHTOLOWER = 't'\n", true, true, true)]
    [InlineData("buildFuture = false\nbuildExpired = 0\ndisablePathToLower = 'no'\n", false, false, false)]
    public void The_build_switches_are_read_as_hugo_reads_booleans(string config, bool future, bool expired, bool pathCase)
    {
        var found = Read(config);
        Assert.Equal((future, expired, pathCase), (found.Future, found.BuildExpired, found.DisablePathToLower));
    }

    [Theory]
    [InlineData("", "content")]
    [InlineData("contentDir = 'posts-src/'\n", "posts-src")]
    [InlineData("contentDir = ' '\n", "content")]
    [InlineData("timeZone = 'Asia/Seoul'\n", "content")]
    [InlineData("[module]\n[[module.mounts]]\nsource = 'content/en'\ntarget = 'content'\n[[module.mounts]]\nsource = 'content/ko'\ntarget = '/content/'\n[[module.mounts]]\nsource = 'static'\ntarget = 'static'\n", "content/en content/ko")]
    [InlineData("[module]\n[[module.mounts]]\nsource = 'static'\ntarget = 'static'\n", "content")]
    [InlineData("[module]\n[[module.mounts]]\nsource = ''\ntarget = 'content'\n", "content")]
    [InlineData("contentDir = 'c'\n[module]\nmounts = 'x'\n", "c")]
    public void Content_comes_from_the_content_dir_or_the_mounts_that_target_content(string config, string folders) =>
        Assert.Equal(folders, string.Join(" ", Read(config).ContentFolders!));

    [Fact]
    public void The_time_zone_is_kept()
    {
        Assert.Equal("Asia/Seoul", Read("timeZone = ' Asia/Seoul '\n").TimeZone);
        Assert.Null(Read("timeZone = ''\n").TimeZone);
    }
}
