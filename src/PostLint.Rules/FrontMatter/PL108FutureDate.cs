using System.Globalization;
using PostLint.Diagnostics;
using PostLint.Documents;
using PostLint.Localization;
using PostLint.Rules.Shared;
using PostLint.Sites;
using PostLint.Yaml;

namespace PostLint.Rules.FrontMatter;

/// <summary>
/// Flags a post its generator does not publish because of its dates: a Jekyll post dated later than now, a Hugo page
/// whose publish date is later than now or whose expiry date has passed. Docs: PL108FutureDate.md.
/// </summary>
public sealed class PL108FutureDate : IRule
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly RuleDescriptor Rule = new(
        "PL108", "future-date", "A post is dated in the future (or has expired), so its generator does not publish it",
        RuleCategory.FrontMatter, Severity.Warning)
    { KoreanTitle = "글의 날짜가 미래라서(또는 만료되어) 사이트 생성기가 게시하지 않습니다", SkipsUnrendered = true };

    private static readonly Message Future = new(
        "date {date} is in the future; Jekyll does not publish the post until then unless _config.yml sets future: true",
        "date {date}{은} 미래 날짜입니다. _config.yml에 future: true가 없으면 Jekyll은 그때까지 글을 게시하지 않습니다");

    private static readonly Message FutureFromFileName = new(
        "date {date} (from the file name) is in the future; Jekyll does not publish the post until then unless _config.yml sets future: true",
        "파일 이름의 날짜 {date}{은} 미래 날짜입니다. _config.yml에 future: true가 없으면 Jekyll은 그때까지 글을 게시하지 않습니다");

    private static readonly Message FutureHugo = new(
        "{key} {date} is in the future; Hugo does not publish the page until then unless the site config sets buildFuture = true",
        "{key} {date}{은} 미래 날짜입니다. 사이트 설정에 buildFuture = true가 없으면 Hugo는 그때까지 페이지를 게시하지 않습니다");

    private static readonly Message ExpiredHugo = new(
        "{key} {date} has passed; Hugo no longer publishes the page unless the site config sets buildExpired = true",
        "{key} {date}{이} 지났습니다. 사이트 설정에 buildExpired = true가 없으면 Hugo는 이 페이지를 더 이상 게시하지 않습니다");

    /// <inheritdoc/>
    public RuleDescriptor Descriptor => Rule;

    /// <inheritdoc/>
    public void Check(Post post, RuleContext context)
    {
        if (SitePaths.IsHugoContentPage(post))
        {
            CheckHugo(post, context);
        }
        else
        {
            CheckJekyll(post, context);
        }
    }

    /// <summary>
    /// Jekyll does not publish a post dated later than the build (its <c>date</c>, else its file name's), unless
    /// <c>future</c> is set or the post is not published anyway.
    /// </summary>
    private static void CheckJekyll(Post post, RuleContext context)
    {
        if (post.Site.Future || SitePaths.JekyllPostEntry(post) is null)
        {
            return;
        }

        if (JekyllSchedule.IsUnpublished(post))
        {
            return;
        }

        // A plain null check, not an 'is not { } date' guard after '||': its mutant ('&&') leaves the tuple's fields
        // unassigned (CS0170), and Stryker then drops every mutant of this method.
        var found = JekyllSchedule.PostDate(post);
        if (found is null)
        {
            return;
        }

        var date = found.Value;
        if (date.At > context.Now)
        {
            context.Report(date.Range, (date.FromFileName ? FutureFromFileName : Future).With(date.Text));
        }
    }

    /// <summary>
    /// Hugo (checked with Hugo 0.111) does not publish a page whose publish date (<c>publishDate</c> and its aliases,
    /// else <c>date</c>) is later than the build, unless <c>buildFuture</c> is set, nor one whose <c>expiryDate</c> has
    /// passed, unless <c>buildExpired</c> is set. Drafts are not published anyway, nor pages Hugo never renders (the
    /// engine does not run the rule on those).
    /// </summary>
    private static void CheckHugo(Post post, RuleContext context)
    {
        if (post.FrontMatter?.Root is not { } root || Drafts.IsDraft(post))
        {
            return;
        }

        if (!post.Site.Future && HugoSchedule.FirstDate(post, root, FrontMatterKeys.PublishDateKeys(SiteKind.Hugo)) is { } publish && publish.At > context.Now)
        {
            context.Report(publish.Value.Range, FutureHugo.With(publish.Key, publish.Value.Value.Trim()));
        }

        if (!post.Site.BuildExpired && HugoSchedule.FirstDate(post, root, FrontMatterKeys.ExpiryDateKeys(SiteKind.Hugo)) is { } expiry && expiry.At < context.Now)
        {
            context.Report(expiry.Value.Range, ExpiredHugo.With(expiry.Key, expiry.Value.Value.Trim()));
        }
    }
}
