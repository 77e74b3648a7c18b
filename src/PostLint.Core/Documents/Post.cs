using Markdig;
using Markdig.Extensions.Tables;
using Markdig.Syntax;
using PostLint.Sites;

namespace PostLint.Documents;

/// <summary>
/// One Markdown post, read once and parsed once: its text, front matter, Markdown tree and site. Every range a rule
/// reports is an offset into <see cref="Source"/>. Views that several rules need are computed once with
/// <see cref="GetShared{T}"/>.
/// </summary>
public sealed class Post
{
    /// <summary>The Markdig pipeline of CommonMark renderers: GFM extensions with precise source locations over the whole file.</summary>
    public static readonly MarkdownPipeline Pipeline = CreatePipeline(kramdownHtml: false);

    /// <summary>
    /// The pipeline of kramdown sites (Jekyll): the same, with HTML blocks as kramdown reads them
    /// (<see cref="KramdownHtmlBlockParser"/>).
    /// </summary>
    public static readonly MarkdownPipeline KramdownPipeline = CreatePipeline(kramdownHtml: true);

    private static MarkdownPipeline CreatePipeline(bool kramdownHtml)
    {
        var builder = new MarkdownPipelineBuilder()
            .UseYamlFrontMatter()
            .UsePipeTables() // Markdig's default options: a table needs its delimiter row, as in GFM.
            .UseAutoLinks()
            .UseEmphasisExtras(Markdig.Extensions.EmphasisExtras.EmphasisExtraOptions.Strikethrough)
            .UseTaskLists()
            .UseFootnotes()
            .UsePreciseSourceLocation();
        if (kramdownHtml)
        {
            UseKramdownHtmlBlocks(builder);
        }

        return builder.Build();
    }

    /// <summary>Replaces CommonMark's HTML block parser of <paramref name="builder"/> with kramdown's.</summary>
    public static void UseKramdownHtmlBlocks(MarkdownPipelineBuilder builder) =>
        builder.BlockParsers.Replace<Markdig.Parsers.HtmlBlockParser>(new KramdownHtmlBlockParser());

    /// <summary>The pipeline that reads a post the way <paramref name="renderer"/> does.</summary>
    public static MarkdownPipeline PipelineFor(MarkdownRenderer renderer) => renderer.IsKramdown() ? KramdownPipeline : Pipeline;

    private MarkdownDocument? _document;
    private string? _markdownText;
    private Dictionary<object, object>? _shared;

    /// <summary>Creates a post from text already decoded.</summary>
    /// <param name="path">The path shown in reports (relative, with <c>/</c>).</param>
    /// <param name="fullPath">The absolute path on disk (empty for text that has no file).</param>
    /// <param name="source">The text.</param>
    /// <param name="site">The site the post belongs to.</param>
    public Post(string path, string fullPath, SourceText source, Site site)
    {
        Path = path;
        FullPath = fullPath;
        Source = source;
        Site = site;
        FrontMatter = FrontMatter.Find(source.Text, json: site.Kind == SiteKind.Hugo);
    }

    /// <summary>The path shown in reports.</summary>
    public string Path { get; }

    /// <summary>The absolute path of the file.</summary>
    public string FullPath { get; }

    /// <summary>The file's text and line table.</summary>
    public SourceText Source { get; }

    /// <summary>The text (shortcut for <c>Source.Text</c>).</summary>
    public string Text => Source.Text;

    /// <summary>The site the post belongs to.</summary>
    public Site Site { get; }

    /// <summary>The front matter block, or null when the file has none.</summary>
    public FrontMatter? FrontMatter { get; }

    /// <summary>The offset where the Markdown body starts (after the front matter block).</summary>
    public int BodyStart => FrontMatter?.Block.End ?? 0;

    /// <summary>
    /// The text Markdig reads: <see cref="Text"/> with a closed TOML or JSON front matter block blanked (every
    /// character but line breaks made a space), so the body is parsed as Hugo parses it, on its own, even when it starts
    /// on the line right after <c>+++</c> or the closing brace. It has the same length, so every offset of the tree is
    /// an offset into <see cref="Text"/>, and the body is the same text. YAML front matter is left to Markdig's front
    /// matter extension (<see cref="Markdig.Extensions.Yaml.YamlFrontMatterBlock"/>); an unclosed block is left as it is.
    /// Any other parse of this post's Markdown reads this text too.
    /// </summary>
    public string MarkdownText => _markdownText ??= BlankFrontMatter(Source.Text, FrontMatter);

    /// <summary>
    /// The Markdown tree of the whole file, parsed on first use. When Markdig refuses the input (nesting beyond its
    /// depth limit) this is an empty document and <see cref="DocumentError"/> says why.
    /// </summary>
    public MarkdownDocument Document => _document ??= Parse();

    /// <summary>Why the body could not be parsed, or null.</summary>
    public string? DocumentError { get; private set; }

    private MarkdownDocument Parse()
    {
        try
        {
            return Markdown.Parse(MarkdownText, PipelineFor(Site.Renderer));
        }
        catch (ArgumentException ex) when (ex.Message.Contains("nested", StringComparison.Ordinal))
        {
            DocumentError = Localization.CoreMessages.TooDeep.English;
            return new MarkdownDocument();
        }
    }

    private static string BlankFrontMatter(string text, FrontMatter? frontMatter)
    {
        if (frontMatter is not { IsClosed: true } fm || fm.Kind == FrontMatterKind.Yaml)
        {
            return text;
        }

        return string.Create(text.Length, (text, fm), static (chars, state) =>
        {
            var (text, fm) = state;
            text.AsSpan().CopyTo(chars);
            var end = fm.Block.End;
            for (var i = fm.Block.Start; i < end; i++)
            {
                if (chars[i] is not ('\n' or '\r'))
                {
                    chars[i] = ' ';
                }
            }

            // Only a JSON block ends inside a line. Hugo's body starts right after the object's closing brace, so the
            // rest of that line is the body's first line, blanks included (four make code, as in Hugo): the brace
            // becomes a line break (Markdig's own line numbers then run one ahead; offsets do not move).
            if (end < text.Length && text[end - 1] is not ('\n' or '\r'))
            {
                chars[fm.Content.End - 1] = '\n';
            }
        });
    }

    /// <summary>Whether <paramref name="offset"/> lies inside the front matter block.</summary>
    public bool IsInFrontMatter(int offset) => FrontMatter is { } fm && fm.Block.Contains(offset);

    /// <summary>
    /// Returns a view of this post computed once by <paramref name="factory"/> and shared by every rule that asks
    /// with the same <paramref name="key"/> (use a static object per view). A post is checked by one thread, rule
    /// after rule, so views are neither locked nor built twice.
    /// </summary>
    public T GetShared<T>(object key, Func<Post, T> factory)
        where T : class
    {
        _shared ??= [];
        if (_shared.TryGetValue(key, out var value))
        {
            return (T)value;
        }

        var created = factory(this);
        _shared[key] = created;
        return created;
    }

    /// <summary>The view shared under <paramref name="key"/> if <see cref="GetShared{T}"/> computed it already, else null.</summary>
    public object? Shared(object key) => _shared is { } shared && shared.TryGetValue(key, out var value) ? value : null;

    /// <summary>The range of a Markdig node's source span as a half-open file range.</summary>
    public static TextRange RangeOf(MarkdownObject node) =>
        new(node.Span.Start, Math.Max(node.Span.Start, node.Span.End + 1)); // Markdig's empty spans end before they start
}
