using System.Text;
using PostLint.Engine;
using PostLint.Fixing;
using PostLint.Tests.Infrastructure;

namespace PostLint.Tests.Fixing;

/// <summary>One file fixed in memory: read again only when it has a fix, with its BOM, and left alone when it cannot be read again.</summary>
public class FileFixerTests
{
    private const string PostPath = "_posts/2025-03-01-post.md";

    private static (FileFixer Fixer, FileResult Linted) Lint(TempSite site, string? select = null)
    {
        var linter = RuleHarness.LinterFor(site, select);
        return (new FileFixer(linter, includeUnsafe: false), linter.LintFile(new LintTarget(PostPath, Path.Combine(site.Root, PostPath))));
    }

    [Fact]
    public void A_file_with_a_safe_fix_is_read_again_and_fixed_with_its_bom()
    {
        using var site = new TempSite();
        var before = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes("---\ntitle: 글\n---\n확작성이 좋다.\n")).ToArray();
        site.WriteBytes(PostPath, before);
        var (fixer, linted) = Lint(site, "misspelling");
        Assert.True(fixer.HasFixes(linted));

        var fix = fixer.Fix(linted);

        Assert.Equal((1, true, true), (fix.Applied, fix.Changed, fix.HasBom));
        Assert.Equal(before, fix.BeforeBytes);
        Assert.Equal("---\ntitle: 글\n---\n확작성이 좋다.\n", fix.Before);
        Assert.Equal("---\ntitle: 글\n---\n확장성이 좋다.\n", fix.After);
        Assert.Equal(Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes("---\ntitle: 글\n---\n확장성이 좋다.\n")), fix.AfterBytes!);
        Assert.Empty(fix.Result.Diagnostics);
        Assert.Null(fix.NotFixed);
    }

    [Fact]
    public void A_file_without_a_bom_has_none()
    {
        using var site = new TempSite();
        site.Write(PostPath, "---\ntitle: 글\n---\n확작성이 좋다.\n");
        var (fixer, linted) = Lint(site, "misspelling");
        var fix = fixer.Fix(linted);
        Assert.Equal((true, false), (fix.Changed, fix.HasBom));
        Assert.Equal(Encoding.UTF8.GetBytes("---\ntitle: 글\n---\n확장성이 좋다.\n"), fix.AfterBytes!);
    }

    [Fact]
    public void A_file_whose_findings_have_no_fix_is_not_read_again()
    {
        using var site = new TempSite();
        site.Write(PostPath, "---\ntitle: 글\n---\n잘 가르켜 주세요.\n");
        var (fixer, linted) = Lint(site, "misspelling");
        Assert.Single(linted.Diagnostics);
        Assert.False(fixer.HasFixes(linted));
        File.Delete(Path.Combine(site.Root, PostPath));

        var fix = fixer.Fix(linted);

        Assert.Same(linted, fix.Result);
        Assert.Equal((null, null, null, null, 0, false, false), (fix.Before, fix.After, fix.BeforeBytes, fix.AfterBytes, fix.Applied, fix.Changed, fix.HasBom));
        Assert.Null(fix.NotFixed);
    }

    [Fact]
    public void A_file_that_could_not_be_read_has_no_fix()
    {
        using var site = new TempSite();
        var (fixer, _) = Lint(site, "misspelling");
        Assert.False(fixer.HasFixes(new FileResult(PostPath, Path.Combine(site.Root, PostPath), null, [])));
    }

    [Fact]
    public void A_file_removed_since_it_was_linted_is_not_fixed_and_says_why()
    {
        using var site = new TempSite();
        site.Write(PostPath, "---\ntitle: 글\n---\n확작성이 좋다.\n");
        var (fixer, linted) = Lint(site, "misspelling");
        File.Delete(Path.Combine(site.Root, PostPath));

        var fix = fixer.Fix(linted);

        Assert.Same(linted, fix.Result);
        Assert.False(fix.Changed);
        Assert.Equal($"cannot read the file again: Could not find file '{Path.Combine(site.Root, PostPath)}'.", fix.NotFixed!.ToString());
    }

    [Fact]
    public void A_file_fixed_on_disk_since_it_was_linted_is_read_again_and_left_as_it_is()
    {
        using var site = new TempSite();
        site.Write(PostPath, "---\ntitle: 글\n---\n확작성이 좋다.\n");
        var (fixer, linted) = Lint(site, "misspelling");
        var now = site.Write(PostPath, "---\ntitle: 글\n---\n확장성이 좋다.\n");

        var fix = fixer.Fix(linted);

        Assert.Equal((0, false, null, null), (fix.Applied, fix.Changed, fix.After, fix.AfterBytes));
        Assert.Equal("---\ntitle: 글\n---\n확장성이 좋다.\n", fix.Before);
        Assert.Equal(File.ReadAllBytes(now), fix.BeforeBytes);
        Assert.Empty(fix.Result.Diagnostics);
        Assert.Null(fix.NotFixed);
    }
}
