using PostLint.Rules.Shared;
using PostLint.Tests.Infrastructure;

namespace PostLint.Tests.Shared;

/// <summary>HugoLayouts: a Hugo site's layout folders and render hooks in Hugo's lookup order (the site's own first).</summary>
public class HugoLayoutsTests
{
    [Fact]
    public void Themes_are_listed_by_name_in_ordinal_order()
    {
        using var site = new TempSite("hugo");
        site.Write("themes/zeta/theme.toml", "");
        site.Write("themes/Alpha/theme.toml", "");
        site.Write("themes/beta/theme.toml", "");
        site.Write("themes/readme.txt", "not a theme");
        Assert.Equal(["Alpha", "beta", "zeta"], HugoLayouts.ThemeNames(site.Root));
        Assert.Equal(
            [Path.Combine(site.Root, "layouts"), Path.Combine(site.Root, "themes", "Alpha", "layouts"), Path.Combine(site.Root, "themes", "beta", "layouts"), Path.Combine(site.Root, "themes", "zeta", "layouts")],
            HugoLayouts.Folders(site.Root));
    }

    [Fact]
    public void A_site_without_themes_has_its_own_layouts_only()
    {
        using var site = new TempSite("hugo");
        Assert.Empty(HugoLayouts.ThemeNames(site.Root));
        Assert.Equal([Path.Combine(site.Root, "layouts")], HugoLayouts.Folders(site.Root));
        site.Write("themes", "a file, not a folder");
        Assert.Empty(HugoLayouts.ThemeNames(site.Root));
    }

    [Fact]
    public void Render_hooks_are_found_in_lookup_order_the_site_s_own_first()
    {
        using var site = new TempSite("hugo");
        Assert.Empty(HugoLayouts.RenderHooks(site.Root, "link"));
        site.Write("themes/t/layouts/_default/_markup/render-link.html", "theme");
        site.Write("themes/t/layouts/_markup/render-image.html", "theme image");
        site.Write("layouts/_default/_markup/render-link.html", "old place");
        site.Write("layouts/_markup/render-link.html", "own");
        Assert.Equal(
            [
                Path.Combine(site.Root, "layouts", "_markup", "render-link.html"),
                Path.Combine(site.Root, "layouts", "_default", "_markup", "render-link.html"),
                Path.Combine(site.Root, "themes", "t", "layouts", "_default", "_markup", "render-link.html"),
            ],
            HugoLayouts.RenderHooks(site.Root, "link"));
        Assert.Equal([Path.Combine(site.Root, "themes", "t", "layouts", "_markup", "render-image.html")], HugoLayouts.RenderHooks(site.Root, "image"));
        Assert.Empty(HugoLayouts.RenderHooks(site.Root, "heading"));
    }

    [Fact]
    public void A_go_mod_means_themes_from_hugo_modules()
    {
        using var site = new TempSite("hugo");
        Assert.False(HugoLayouts.UsesModules(site.Root));
        site.Write("go.mod", "module example.com/blog\n");
        Assert.True(HugoLayouts.UsesModules(site.Root));
    }
}
