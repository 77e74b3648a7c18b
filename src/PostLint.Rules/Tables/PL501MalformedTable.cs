using PostLint.Diagnostics;
using PostLint.Documents;
using PostLint.Localization;
using PostLint.Rules.Shared;
using PostLint.Sites;

namespace PostLint.Rules.Tables;

/// <summary>Flags pipe tables that the site's renderer (or GitHub's file view) shows differently from what the source says. Docs: PL501MalformedTable.md.</summary>
public sealed class PL501MalformedTable : IRule
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly RuleDescriptor Rule = new(
        "PL501", "malformed-table", "A pipe table's rows do not match its header, or its delimiter row is broken",
        RuleCategory.Tables, Severity.Error, FixAvailability.Sometimes)
    {
        KoreanTitle = "파이프 표의 행이 머리글 행과 맞지 않거나 구분 행이 잘못되었습니다",
    };

    private static readonly Message LazyQuote = new(
        "this delimiter row has no '>' and continues the blockquote above as text, so {name} shows no table; put a blank line before the table, or start every row of it with '>'",
        "이 구분 행은 '>'가 없어 위 인용문의 텍스트로 이어지므로 {name}에서는 표가 보이지 않습니다. 표 앞에 빈 줄을 넣거나 표의 모든 행을 '>'로 시작하세요");

    private static readonly Message LazyQuoteOnGitHub = new(
        "this delimiter row has no '>' and continues the blockquote above as text in GitHub's file view, which shows no table ({name} shows it); put a blank line before the table, or start every row of it with '>'",
        "GitHub의 파일 보기에서는 이 구분 행이 '>'가 없어 위 인용문의 텍스트로 이어지므로 표가 보이지 않습니다({name}에서는 보입니다). 표 앞에 빈 줄을 넣거나 표의 모든 행을 '>'로 시작하세요");

    private static readonly Message LazyItem = new(
        "this delimiter row is not indented like the list item above and continues its text, so {name} shows no table; put a blank line before the table, or indent every row of it like the item's text",
        "이 구분 행은 위 목록 항목만큼 들여 쓰지 않아 항목의 텍스트로 이어지므로 {name}에서는 표가 보이지 않습니다. 표 앞에 빈 줄을 넣거나 표의 모든 행을 항목의 텍스트만큼 들여 쓰세요");

    private static readonly Message LazyItemOnGitHub = new(
        "this delimiter row is not indented like the list item above and continues its text in GitHub's file view, which shows no table ({name} shows it); put a blank line before the table, or indent every row of it like the item's text",
        "GitHub의 파일 보기에서는 이 구분 행이 위 목록 항목만큼 들여 쓰지 않아 항목의 텍스트로 이어지므로 표가 보이지 않습니다({name}에서는 보입니다). 표 앞에 빈 줄을 넣거나 표의 모든 행을 항목의 텍스트만큼 들여 쓰세요");

    private static readonly Message HeaderSpanOnGitHub = new(
        "the '|' inside the code span {span} splits the header cell in GitHub's file view ({name} keeps the code span whole); {advice}",
        "코드 스팬 {span} 안의 '|' 때문에 GitHub의 파일 보기에서는 머리글 칸이 나뉩니다({name}{은} 코드 스팬을 나누지 않습니다). {advice}");

    private static readonly Message HeaderSpan = new(
        "the '|' inside the code span {span} splits the header cell; {advice}",
        "코드 스팬 {span} 안의 '|' 때문에 머리글 칸이 나뉩니다. {advice}");

    private static readonly Message CellSpanOnGitHub = new(
        "the '|' inside the code span {span} splits the cell in GitHub's file view ({name} keeps the code span whole); {advice}",
        "코드 스팬 {span} 안의 '|' 때문에 GitHub의 파일 보기에서는 칸이 나뉩니다({name}{은} 코드 스팬을 나누지 않습니다). {advice}");

    private static readonly Message CellSpan = new(
        "the '|' inside the code span {span} splits the cell; {advice}",
        "코드 스팬 {span} 안의 '|' 때문에 칸이 나뉩니다. {advice}");

    private static readonly Message CellSpanCounts = new(
        "row has {cells} cells, header has {columns}: the '|' inside the code span {span} splits the cell; {advice}",
        "이 행은 {cells}칸, 머리글은 {columns}칸입니다. 코드 스팬 {span} 안의 '|' 때문에 칸이 나뉩니다. {advice}");

    private static readonly Message OneCellLine = new(
        "line has no '|' but continues the table, so {name} shows it as a row of 1 cell (header has {columns}); put a blank line before it if it is not a row",
        "이 줄은 '|'가 없지만 표에 이어지므로 {name}에서는 1칸짜리 행으로 보입니다(머리글은 {columns}칸). 행이 아니라면 앞에 빈 줄을 넣으세요");

    private static readonly Message ShortRow = new(
        "row has {cells}, header has {columns}: {name} pads it with {empty}",
        "이 행은 {cells}, 머리글은 {columns}칸입니다. {name}{은} 이 행에 {empty}{을} 채워 넣습니다");

    private static readonly Message ExtraEmptyCellKramdown = new(
        "row has {count} cells, header has {columns}: {name} adds an empty column for the extra empty cell, GitHub's file view drops it",
        "이 행은 {count}칸, 머리글은 {columns}칸입니다. {name}{은} 남는 빈 칸 때문에 빈 열을 더하지만 GitHub의 파일 보기는 그 칸을 버립니다");

    private static readonly Message ExtraEmptyCellsKramdown = new(
        "row has {count} cells, header has {columns}: {name} adds an empty column for the extra empty cells, GitHub's file view drops them",
        "이 행은 {count}칸, 머리글은 {columns}칸입니다. {name}{은} 남는 빈 칸 때문에 빈 열을 더하지만 GitHub의 파일 보기는 그 칸들을 버립니다");

    private static readonly Message ExtraEmptyCell = new(
        "row has {count} cells, header has {columns}: {name} drops the extra empty cell",
        "이 행은 {count}칸, 머리글은 {columns}칸입니다. {name}{은} 남는 빈 칸을 버립니다");

    private static readonly Message ExtraEmptyCells = new(
        "row has {count} cells, header has {columns}: {name} drops the extra empty cells",
        "이 행은 {count}칸, 머리글은 {columns}칸입니다. {name}{은} 남는 빈 칸들을 버립니다");

    private static readonly Message ExtraCellKramdown = new(
        "row has {count} cells, header has {columns}: {name} adds a column without a header for the extra cell ({dropped}), GitHub's file view drops it",
        "이 행은 {count}칸, 머리글은 {columns}칸입니다. {name}{은} 남는 칸({dropped})에 머리글 없는 열을 더하지만 GitHub의 파일 보기는 그 칸을 버립니다");

    private static readonly Message ExtraCellsKramdown = new(
        "row has {count} cells, header has {columns}: {name} adds a column without a header for the extra cells ({dropped}), GitHub's file view drops them",
        "이 행은 {count}칸, 머리글은 {columns}칸입니다. {name}{은} 남는 칸({dropped})에 머리글 없는 열을 더하지만 GitHub의 파일 보기는 그 칸들을 버립니다");

    private static readonly Message ExtraCell = new(
        "row has {count} cells, header has {columns}: {name} drops the extra cell ({dropped})",
        "이 행은 {count}칸, 머리글은 {columns}칸입니다. {name}{은} 남는 칸({dropped})을 버립니다");

    private static readonly Message ExtraCells = new(
        "row has {count} cells, header has {columns}: {name} drops the extra cells ({dropped})",
        "이 행은 {count}칸, 머리글은 {columns}칸입니다. {name}{은} 남는 칸들({dropped})을 버립니다");

    private static readonly Message RemoveEmptyCell = new("Remove the empty extra cell", "남는 빈 칸을 지우세요");

    private static readonly Message RemoveEmptyCells = new("Remove the {count} empty extra cells", "남는 빈 칸 {count}개를 지우세요");

    private static readonly Message NoPipeHeaderGoldmark = new(
        "the line above this delimiter row has no '|', so {name} makes it the header row of a table; write a header row right above the delimiter row",
        "이 구분 행 위의 줄에 '|'가 없어 {name}{은} 그 줄을 표의 머리글 행으로 만듭니다. 구분 행 바로 위에 머리글 행을 쓰세요");

    private static readonly Message NoPipeHeader = new(
        "the line above this delimiter row has no '|', so {name} reads it as a header of 1 cell against {count} delimiter cells and shows no table; write a header row right above the delimiter row",
        "이 구분 행 위의 줄에 '|'가 없어 {name}{은} 그 줄을 1칸짜리 머리글로 읽는데 구분 행은 {count}칸이라 표를 보여 주지 않습니다. 구분 행 바로 위에 머리글 행을 쓰세요");

    private static readonly Message CountMismatch = new(
        "header row has {cells} but the delimiter row has {count}: {shows}",
        "머리글 행은 {cells}, 구분 행은 {count}칸입니다. {shows}");

    private static readonly Message PadsHeader = new(
        "{name} pads the header with {empty}, GitHub's file view shows no table",
        "{name}{은} 머리글에 {empty}{을} 채우지만 GitHub의 파일 보기에는 표가 나오지 않습니다");

    private static readonly Message CountMismatchSpan = new(
        "{message}; the '|' inside the code span {span} splits a header cell, {advice}",
        "{message}. 코드 스팬 {span} 안의 '|' 때문에 머리글 칸이 나뉩니다. {advice}");

    private static readonly Message RemoveDelimiterCell = new("Remove the extra delimiter cell", "남는 구분 칸을 지우세요");

    private static readonly Message RemoveDelimiterCells = new("Remove the {count} extra delimiter cells", "남는 구분 칸 {count}개를 지우세요");

    private static readonly Message AddDelimiterCell = new("Add the missing delimiter cell", "빠진 구분 칸을 넣으세요");

    private static readonly Message AddDelimiterCellsTitle = new("Add the {count} missing delimiter cells", "빠진 구분 칸 {count}개를 넣으세요");

    private static readonly Message PadRow = new("Pad the row with {empty}", "행에 {empty}{을} 채워 넣으세요");

    private static readonly Message PadHeader = new("Pad the header row with {empty}", "머리글 행에 {empty}{을} 채워 넣으세요");

    private static readonly Message ShowsLineAsRow = new(
        "{name} shows the line as a row of the table and gives it no header row",
        "{name}{은} 이 줄을 표의 행으로 보여 주고 표에 머리글 행이 없습니다");

    private static readonly Message EmptyDelimiterCell = new(
        "delimiter cell {n} is empty: {shows}; write '---' in it",
        "{n}번째 구분 칸이 비어 있습니다. {shows}. 이 칸에 '---'라고 쓰세요");

    private static readonly Message HangulDash = new(
        "delimiter cell {n} '{cell}' uses the Hangul vowel 'ㅡ' instead of '-': {shows}; write '---', ':---', '---:' or ':---:'",
        "{n}번째 구분 칸 '{cell}'에 '-' 대신 한글 모음 'ㅡ'를 썼습니다. {shows}. '---', ':---', '---:', ':---:' 중 하나로 쓰세요");

    private static readonly Message LookalikeDash = new(
        "delimiter cell {n} '{cell}' uses a dash look-alike instead of '-': {shows}; write '---', ':---', '---:' or ':---:'",
        "{n}번째 구분 칸 '{cell}'에 '-' 대신 비슷하게 생긴 다른 대시 문자를 썼습니다. {shows}. '---', ':---', '---:', ':---:' 중 하나로 쓰세요");

    private static readonly Message SpacedDashes = new(
        "delimiter cell {n} '{cell}' has spaces between its dashes: {shows}; write '---', ':---', '---:' or ':---:'",
        "{n}번째 구분 칸 '{cell}'의 대시 사이에 공백이 있습니다. {shows}. '---', ':---', '---:', ':---:' 중 하나로 쓰세요");

    private static readonly Message EqualsDashes = new(
        "delimiter cell {n} '{cell}' uses '=' instead of '-': {shows}; write '---', ':---', '---:' or ':---:'",
        "{n}번째 구분 칸 '{cell}'에 '-' 대신 '='를 썼습니다. {shows}. '---', ':---', '---:', ':---:' 중 하나로 쓰세요");

    private static readonly Message NotDashes = new(
        "delimiter cell {n} '{cell}' is not dashes with optional colons: {shows}; write '---', ':---', '---:' or ':---:'",
        "{n}번째 구분 칸 '{cell}'{이} 대시(양 끝의 콜론은 선택)로 되어 있지 않습니다. {shows}. '---', ':---', '---:', ':---:' 중 하나로 쓰세요");

    private static readonly Message InvalidDelimiterRow = new(
        "this line under a row is not a valid delimiter row: {shows}; write '| --- | --- |' with one cell per column",
        "행 아래의 이 줄은 올바른 구분 행이 아닙니다. {shows}. 열마다 칸이 하나씩 있도록 '| --- | --- |'처럼 쓰세요");

    private static readonly Message EscapePipe = new("write '\\|'", "'\\|'라고 쓰세요");

    private static readonly Message EscapeAsHtml = new(
        "write <code>{code}</code> (kramdown shows '\\|' literally)",
        "<code>{code}</code>라고 쓰세요(kramdown은 '\\|'의 백슬래시를 그대로 보여 줍니다)");

    private static readonly Message OneCell = new("{n} cell", "{n}칸");

    private static readonly Message SomeCells = new("{n} cells", "{n}칸");

    private static readonly Message OneEmptyCell = new("{n} empty cell", "빈 칸 {n}개");

    private static readonly Message SomeEmptyCells = new("{n} empty cells", "빈 칸 {n}개");

    /// <inheritdoc/>
    public RuleDescriptor Descriptor => Rule;

    /// <inheritdoc/>
    public void Check(Post post, RuleContext context)
    {
        var text = post.Text;
        var renderer = TableRenderer.Of(post);
        foreach (var table in PipeTables.Of(post).Tables)
        {
            if (table.Kind is PipeTableKind.Headerless or PipeTableKind.KramdownDelimiter)
            {
                continue; // PL502's
            }

            if (renderer.IsKramdown && table.KramdownShowsText)
            {
                TableRenderer.ReportKramdownText(post, table, context, Severity.Error);
                continue;
            }

            switch (table.Kind)
            {
                case PipeTableKind.Table:
                    CheckBody(post, table, renderer, context);
                    break;
                case PipeTableKind.CountMismatch:
                    ReportCountMismatch(post, table, renderer, context);
                    break;
                case PipeTableKind.InvalidDelimiter:
                    ReportInvalidDelimiter(text, table.Delimiter!, renderer, context);
                    break;
                case PipeTableKind.LazyDelimiter:
                    ReportLazyDelimiter(table, renderer, context);
                    break;
            }
        }
    }

    private static void ReportLazyDelimiter(PipeTable table, TableRenderer renderer, RuleContext context)
    {
        if (renderer.IsGitHub || renderer.Renderer == MarkdownRenderer.AstroRemark)
        {
            context.Report(table.Delimiter!.Range, (table.InBlockquote ? LazyQuote : LazyItem).With(renderer.Name));
        }
        else
        {
            // Goldmark and kramdown still start the table there.
            context.Report(table.Delimiter!.Range, (table.InBlockquote ? LazyQuoteOnGitHub : LazyItemOnGitHub).With(renderer.Name), severity: Severity.Warning);
        }
    }

    private static void CheckBody(Post post, PipeTable table, TableRenderer renderer, RuleContext context)
    {
        var text = post.Text;
        var header = table.Header!;
        var columns = header.Cells.Count;
        if (CodeSpanPipe(text, header) is { } headerSpan)
        {
            if (renderer.IsKramdown)
            {
                context.Report(headerSpan, HeaderSpanOnGitHub.With(Snippet(text, headerSpan), renderer.Name, EscapeAdvice(renderer, text, headerSpan)), severity: Severity.Warning);
            }
            else
            {
                context.Report(headerSpan, HeaderSpan.With(Snippet(text, headerSpan), EscapeAdvice(renderer, text, headerSpan)));
            }
        }

        foreach (var row in table.Body)
        {
            // Kramdown separator and footer lines are PL502's; one finding per row.
            if (PipeTables.IsKramdownSeparator(row, text) || PipeTables.IsKramdownFooter(row, text))
            {
                continue;
            }

            var cells = row.Cells.Count;
            var codeSpan = CodeSpanPipe(text, row);
            if (codeSpan is { } span)
            {
                if (renderer.IsKramdown)
                {
                    context.Report(span, CellSpanOnGitHub.With(Snippet(text, span), renderer.Name, EscapeAdvice(renderer, text, span)), severity: Severity.Warning);
                }
                else
                {
                    context.Report(span, cells == columns
                        ? CellSpan.With(Snippet(text, span), EscapeAdvice(renderer, text, span))
                        : CellSpanCounts.With(cells, columns, Snippet(text, span), EscapeAdvice(renderer, text, span)));
                }

                continue;
            }

            if (cells > columns)
            {
                ReportExtraCells(text, row, columns, renderer, context);
            }
            else if (cells < columns && row.Separators.Count == 0)
            {
                context.Report(row.Range, OneCellLine.With(renderer.Name, columns), severity: Severity.Warning);
            }
            else if (cells < columns)
            {
                var missing = columns - cells;
                context.Report(
                    row.Range,
                    ShortRow.With(Cells(cells), columns, renderer.Name, EmptyCells(missing)),
                    PadFix(text, row, missing, header: false),
                    Severity.Warning);
            }
        }
    }

    private static void ReportExtraCells(string text, PipeRow row, int columns, TableRenderer renderer, RuleContext context)
    {
        var extra = row.Cells.Skip(columns).ToArray();
        var count = row.Cells.Count;
        if (extra.All(c => c.Content.Length == 0))
        {
            // Nothing is lost by removing cells that are empty (a doubled `||` at the end of the row).
            var (from, to) = TrailingCells(row, columns);
            var one = extra.Length == 1;
            var fix = Fix.Replace(one ? RemoveEmptyCell.With() : RemoveEmptyCells.With(extra.Length), new TextRange(from, to), "");
            if (renderer.IsKramdown)
            {
                context.Report(row.Range, (one ? ExtraEmptyCellKramdown : ExtraEmptyCellsKramdown).With(count, columns, renderer.Name), fix, Severity.Warning);
            }
            else
            {
                context.Report(row.Range, (one ? ExtraEmptyCell : ExtraEmptyCells).With(count, columns, renderer.Name), fix);
            }

            return;
        }

        // Some extra cell holds text: removing the cells would lose it, so there is no fix.
        var dropped = string.Join(", ", extra.Where(c => c.Content.Length > 0).Select(c => Quote(text, c.Content)));
        if (renderer.IsKramdown)
        {
            context.Report(row.Range, (extra.Length == 1 ? ExtraCellKramdown : ExtraCellsKramdown).With(count, columns, renderer.Name, dropped), severity: Severity.Warning);
        }
        else
        {
            context.Report(row.Range, (extra.Length == 1 ? ExtraCell : ExtraCells).With(count, columns, renderer.Name, dropped));
        }
    }

    private static void ReportCountMismatch(Post post, PipeTable table, TableRenderer renderer, RuleContext context)
    {
        var text = post.Text;
        var header = table.Header!;
        var delimiter = table.Delimiter!;
        var h = header.Cells.Count;
        var d = delimiter.Cells.Count;
        if (header.Separators.Count == 0)
        {
            context.Report(delimiter.Range, renderer.IsGoldmark ? NoPipeHeaderGoldmark.With(renderer.Name) : NoPipeHeader.With(renderer.Name, d));
            return;
        }

        // kramdown shows the table (it pads the shorter rows); Goldmark (Hugo 0.111) pads a header shorter than the
        // delimiter row. GitHub's file view shows no table either way.
        var shown = renderer.IsKramdown || (renderer.IsGoldmark && h < d);
        var message = CountMismatch.With(Cells(h), d, shown
            ? (renderer.IsKramdown ? renderer.ShowsTable : PadsHeader.With(renderer.Name, EmptyCells(d - h)))
            : renderer.ShowsNoTable);
        Severity? severity = shown ? Severity.Warning : null;
        if (CodeSpanPipe(text, header) is { } span)
        {
            context.Report(span, CountMismatchSpan.With(message, Snippet(text, span), EscapeAdvice(renderer, text, span)), severity: severity);
            return;
        }

        if (h == 0)
        {
            // A header of only pipes has no cell to keep: nothing safe to remove or add.
            context.Report(delimiter.Range, message, severity: severity);
            return;
        }

        Fix fix;
        if (h > d)
        {
            fix = AddDelimiterCells(text, delimiter, h - d);
        }
        else if (table.Body.Any(r => r.Cells.Count > h))
        {
            // The rows agree with the delimiter row: the header is short. Trimming the delimiter would hide columns.
            fix = PadFix(text, header, d - h, header: true);
        }
        else
        {
            var (from, to) = TrailingCells(delimiter, h);
            fix = Fix.Replace(d - h == 1 ? RemoveDelimiterCell.With() : RemoveDelimiterCells.With(d - h), new TextRange(from, to), "");
        }

        context.Report(delimiter.Range, message, fix, severity);
    }

    private static void ReportInvalidDelimiter(string text, PipeRow delimiter, TableRenderer renderer, RuleContext context)
    {
        // kramdown reads a line of '-', ':', '|', '+' and blanks as its separator line and shows the table; any other
        // line becomes a row of the table, which then has no header row.
        var kramdownShows = renderer.IsKramdown && PipeTables.IsKramdownSeparator(delimiter, text);
        Severity? severity = kramdownShows ? Severity.Warning : null;
        var shows = kramdownShows
            ? renderer.ShowsTable
            : renderer.IsKramdown
                ? ShowsLineAsRow.With(renderer.Name)
                : renderer.ShowsNoTable;
        for (var i = 0; i < delimiter.Cells.Count; i++)
        {
            var cell = delimiter.Cells[i];
            var content = text.AsSpan(cell.Content.Start, cell.Content.Length);
            if (PipeTables.IsDelimiterCell(content))
            {
                continue;
            }

            var n = i + 1;
            var shown = content.ToString();
            Message why;
            if (content.Length == 0)
            {
                context.Report(cell.Raw.Length > 0 ? cell.Raw : new TextRange(cell.Raw.Start - 1, cell.Raw.Start + 1), EmptyDelimiterCell.With(n, shows), severity: severity);
                return;
            }

            if (content.IndexOf('ㅡ') >= 0)
            {
                why = HangulDash;
            }
            else if (content.IndexOfAny(PipeTables.DashLookalikes) >= 0)
            {
                why = LookalikeDash;
            }
            else if (content.ContainsAny(" \t") && StripColons(content).IndexOfAnyExcept("- \t") < 0)
            {
                why = SpacedDashes;
            }
            else if (content.IndexOf('=') >= 0)
            {
                why = EqualsDashes;
            }
            else
            {
                why = NotDashes;
            }

            context.Report(cell.Content, why.With(n, shown, shows), severity: severity);
            return;
        }

        context.Report(delimiter.Range, InvalidDelimiterRow.With(shows), severity: severity);
    }

    /// <summary>The first code span (as the author meant it) that a separator cuts through.</summary>
    private static TextRange? CodeSpanPipe(string text, PipeRow row)
    {
        foreach (var span in PipeTables.CodeSpans(text, row.Range))
        {
            foreach (var separator in row.Separators)
            {
                if (separator > span.Start && separator < span.End - 1)
                {
                    return span;
                }
            }
        }

        return null;
    }

    /// <summary>
    /// How to keep a pipe inside a code span. <c>\|</c> is right for GitHub, Hugo and Astro, but kramdown keeps code
    /// spans whole and would show the backslash, so a kramdown post gets the form every renderer agrees on.
    /// </summary>
    private static Localized EscapeAdvice(TableRenderer renderer, string text, TextRange span)
    {
        if (!renderer.IsKramdown)
        {
            return EscapePipe.With();
        }

        var inner = text[span.Start..span.End].Trim('`').Trim();
        return EscapeAsHtml.With(inner.Replace("|", "&#124;", StringComparison.Ordinal));
    }

    private static Fix PadFix(string text, PipeRow row, int missing, bool header)
    {
        var cell = row.IsSpaced(text) ? " |" : "|";
        var insert = string.Concat(Enumerable.Repeat(cell, missing));
        var at = row.Range.End;
        if (!row.HasTrailingPipe)
        {
            // Without a trailing pipe the last empty cell needs one: `a | b` becomes `a | b | |`.
            insert = cell + insert;
        }

        var title = (header ? PadHeader : PadRow).With(EmptyCells(missing));
        return Fix.Replace(title, new TextRange(at, at), insert);
    }

    private static Fix AddDelimiterCells(string text, PipeRow delimiter, int missing)
    {
        var spaced = delimiter.IsSpaced(text);
        string insert;
        if (delimiter.HasTrailingPipe)
        {
            insert = string.Concat(Enumerable.Repeat(spaced ? " --- |" : "---|", missing));
        }
        else
        {
            insert = string.Concat(Enumerable.Repeat(spaced ? " | ---" : "|---", missing));
        }

        var at = delimiter.Range.End;
        return Fix.Replace(missing == 1 ? AddDelimiterCell.With() : AddDelimiterCellsTitle.With(missing), new TextRange(at, at), insert);
    }

    /// <summary>
    /// The range to delete to keep only the first <paramref name="keep"/> cells: from the separator before the first
    /// dropped cell up to the trailing pipe, or, without one, from the end of the last kept cell's text.
    /// </summary>
    private static (int From, int To) TrailingCells(PipeRow row, int keep) => row.HasTrailingPipe
        ? (row.Cells[keep].Raw.Start - 1, row.TrailingPipe)
        : (row.Cells[keep - 1].Content.End, row.Range.End);

    private static ReadOnlySpan<char> StripColons(ReadOnlySpan<char> cell)
    {
        if (cell.Length > 0 && cell[0] == ':')
        {
            cell = cell[1..];
        }

        return cell.Length > 0 && cell[^1] == ':' ? cell[..^1] : cell;
    }

    /// <summary>"1 cell", "2 cells": a count of cells, in the report's language.</summary>
    private static Localized Cells(int n) => (n == 1 ? OneCell : SomeCells).With(n);

    /// <summary>"1 empty cell", "2 empty cells", in the report's language.</summary>
    private static Localized EmptyCells(int n) => (n == 1 ? OneEmptyCell : SomeEmptyCells).With(n);

    private static string Quote(string text, TextRange range) => $"'{Snippet(text, range)}'";

    private static string Snippet(string text, TextRange range)
    {
        var value = text[range.Start..range.End];
        if (value.Length <= 40)
        {
            return value;
        }

        var cut = char.IsHighSurrogate(value[36]) ? 36 : 37;
        return value[..cut] + "…";
    }
}
