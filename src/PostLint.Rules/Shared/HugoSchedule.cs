using PostLint.Documents;
using PostLint.Sites;
using PostLint.Yaml;

namespace PostLint.Rules.Shared;

/// <summary>
/// Whether Hugo publishes a content page at build time (checked with Hugo 0.111): not a draft (<c>draft: true</c>,
/// <c>published: false</c>) unless drafts are built (<c>hugo -D</c>), not before its publish date (<c>publishDate</c>
/// and its aliases, else <c>date</c>) unless <c>buildFuture</c> is set, not after its <c>expiryDate</c> unless
/// <c>buildExpired</c> is set. Such a page is not in the site at all: its URL leads nowhere and a <c>ref</c> to it
/// stops the build (REF_NOT_FOUND).
/// </summary>
public static class HugoSchedule
{
    /// <summary>
    /// Why Hugo leaves <paramref name="post"/> out of a build at <paramref name="now"/>, as its front matter says it
    /// (<c>draft: true</c>, <c>date: 2099-01-01</c>, <c>expiryDate: 2021-01-01</c>), or null when Hugo publishes it.
    /// </summary>
    public static string? LeftOut(Post post, DateTimeOffset now, bool drafts) => Reason(post, now, drafts)?.Why;

    /// <summary>Why Hugo leaves <paramref name="post"/> out of a build at <paramref name="now"/>, and what build would
    /// render it (<c>hugo -D</c>, <c>-F</c>, <c>-E</c>); null when Hugo publishes it.</summary>
    public static LeftOutReason? Reason(Post post, DateTimeOffset now, bool drafts)
    {
        if (post.FrontMatter?.Root is not { } root)
        {
            return null;
        }

        if (!drafts && Drafts.IsDraft(post))
        {
            // The key that made it a draft, as written: a true draft, else a false published.
            var draft = root.Find("draft", StringComparer.OrdinalIgnoreCase) is { } d && YBoolean.Hugo(d.Value) is true ? d : root.Find("published", StringComparer.OrdinalIgnoreCase)!;
            return new LeftOutReason(draft.KeyText + ": " + ((YScalar)draft.Value).Value.Trim(), LeftOutKind.Draft);
        }

        if (!post.Site.Future && FirstDate(post, root, FrontMatterKeys.PublishDateKeys(SiteKind.Hugo)) is { } publish && publish.At > now)
        {
            return new LeftOutReason(publish.Key + ": " + publish.Value.Value.Trim(), LeftOutKind.Future);
        }

        if (!post.Site.BuildExpired && FirstDate(post, root, FrontMatterKeys.ExpiryDateKeys(SiteKind.Hugo)) is { } expiry && expiry.At < now)
        {
            return new LeftOutReason(expiry.Key + ": " + expiry.Value.Value.Trim(), LeftOutKind.Expired);
        }

        return null;
    }

    /// <summary>
    /// The first of <paramref name="keys"/> the page sets to a date (a boolean <c>published</c> does not count), as Hugo
    /// reads it; null when none is set or the first one set is not a date Hugo reads (placeholder-date's finding).
    /// </summary>
    public static (string Key, YScalar Value, DateTimeOffset At)? FirstDate(Post post, YMapping root, IReadOnlyList<string> keys)
    {
        foreach (var name in keys)
        {
            var entry = root.Find(name, StringComparer.OrdinalIgnoreCase);
            if (entry is null || entry.Value is YScalar { IsNull: true } || (name == "published" && YBoolean.Hugo(entry.Value) is not null))
            {
                continue;
            }

            return entry.Value is YScalar scalar && PostDates.TryRead(SiteKind.Hugo, scalar, out var written)
                ? (entry.KeyText!, scalar, SiteTime.Instant(written, scalar.IsPlain, post.Site))
                : null;
        }

        return null;
    }
}
