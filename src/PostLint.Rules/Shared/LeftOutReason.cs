namespace PostLint.Rules.Shared;

/// <summary>What keeps a page out of a build, and so what build would render it.</summary>
public enum LeftOutKind
{
    /// <summary>A draft (Jekyll's <c>_drafts/</c>, Hugo's <c>draft: true</c>): built with <c>--drafts</c> / <c>hugo -D</c>.</summary>
    Draft,

    /// <summary><c>published: false</c>: Jekyll builds it with <c>--unpublished</c> (Hugo counts it a draft).</summary>
    Unpublished,

    /// <summary>A date to come: built once it has passed, or with <c>--future</c> / <c>hugo -F</c>.</summary>
    Future,

    /// <summary>Hugo's <c>expiryDate</c> has passed: built with <c>hugo -E</c>.</summary>
    Expired,
}

/// <summary>Why a generator leaves a page out of a build: what it says (<c>draft: true</c>, <c>date: 2099-01-01</c>) and its kind.</summary>
/// <param name="Why">The key and value that say it, as written (<c>_drafts/</c> for a file of a Jekyll drafts folder).</param>
/// <param name="Kind">What build would render the page.</param>
public sealed record LeftOutReason(string Why, LeftOutKind Kind);
