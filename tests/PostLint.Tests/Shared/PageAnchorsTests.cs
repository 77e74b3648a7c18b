using PostLint.Documents;
using PostLint.Rules.Shared;
using PostLint.Sites;
using PostLint.Tests.Infrastructure;

namespace PostLint.Tests.Shared;

/// <summary>
/// The ids of a page per renderer. The Jekyll and Hugo expectations were checked against Jekyll 4.3.1 (kramdown with GFM
/// input) and Hugo 0.111 builds of the same text: kramdown reads a Setext heading of two lines as a paragraph and a rule,
/// an IAL after plain text as text; Goldmark applies a <c>{#id}</c> line only with <c>parser.attribute.block</c>, and
/// only right below a paragraph or list.
/// </summary>
public class PageAnchorsTests
{
    /// <summary>The page's ids of <paramref name="body"/> in a site of <paramref name="kind"/> with <paramref name="config"/>.</summary>
    private static PageAnchors Of(string kind, string config, string body)
    {
        using var site = new TempSite(kind: "none");
        site.Write(kind switch { "jekyll" => "_config.yml", "hugo" => "hugo.yaml", "astro" => "astro.config.mjs", _ => "README.txt" }, config);
        var detected = SiteLocator.Detect(site.Root) ?? Site.Plain(site.Root);
        var path = Path.Combine(site.Root, "post.md");
        return PageAnchors.Of(new Post("post.md", path, new SourceText("---\ntitle: t\n---\n" + body), detected));
    }

    /// <summary>Each id as "Kind id@offset 'text'", offsets into the body, in text order.</summary>
    private static string[] Ids(PageAnchors anchors) =>
        anchors.Ids.Values.OrderBy(a => a.Offset).ThenBy(a => a.Id, StringComparer.Ordinal)
            .Select(a => $"{a.Kind} {a.Id}@{a.Offset - 17} '{a.Text}'").ToArray();

    /// <summary>Each heading as "id|explicit|source|text".</summary>
    private static string[] Headings(PageAnchors anchors) =>
        anchors.Headings.Select(h => $"{h.Id}|{(h.Explicit ? "explicit" : "auto")}|{h.Source}|{h.Text}").ToArray();

    [Fact]
    public void Jekyll_kramdown_gfm_ids_explicit_ids_ials_html_ids_footnotes_and_only_one_line_setext_headings()
    {
        var a = Of("jekyll", "title: t\n", "## 설치 방법\n\n## 설치 방법\n\n## Hello -- World --- end\n\n## Title {#custom}\n\n## With IAL\n{: #ial-id .wide}\n\n## `code` &amp; <https://x.y> ![img](a.png) **bold**\n\nSetext line one\nline two\n---\n\nOne-line setext\n===\n\n<a name=\"n1\"></a> <span ID=caps>c</span> <p id=\"\">e</p>\n\n글[^note]\n\n[^note]: 주석\n\n*강조*{: #e1} [링크](u){: #l1} `c`{: #c1} 문단{: #p1} 끝 {: #p2}\n\n{: #own}\n문단\n");
        Assert.Equal(
            [
                "Heading 설치-방법@3 '설치 방법'",
                "Heading 설치-방법-1@13 '설치 방법'",
                "Heading hello--world--end@23 'Hello  World  end'",
                "Explicit custom@50 'Title'",
                "Explicit ial-id@70 'With IAL'",
                "Heading code--httpsxy--bold@101 'code & https://x.y  bold'",
                "Heading one-line-setext@182 'One-line setext'",
                "Html n1@205 ''",
                "Html caps@226 ''",
                "Footnote fn:note@278 'note'",
                "Footnote fnref:note@278 'note'",
                "Explicit e1@287 ''",
                "Explicit l1@302 ''",
                "Explicit c1@313 ''",
                "Explicit own@342 ''",
            ],
            Ids(a));
        Assert.Equal(
            [
                "설치-방법|auto|설치 방법|설치 방법",
                "설치-방법-1|auto|설치 방법|설치 방법",
                "hello--world--end|auto|Hello -- World --- end|Hello  World  end",
                "custom|explicit|Title|Title",
                "ial-id|explicit|With IAL|With IAL",
                "code--httpsxy--bold|auto|`code` &amp; <https://x.y> ![img](a.png) **bold**|code & https://x.y  bold",
                "one-line-setext|auto|One-line setext|One-line setext",
            ],
            Headings(a));
        Assert.Null(a.Uncertain);
    }

    [Fact]
    public void Kramdown_input_with_stripping_and_a_prefix_drops_code_and_numbers_and_names_text_without_letters_section()
    {
        var a = Of("jekyll", "kramdown:\n  input: kramdown\n  auto_id_stripping: true\n  auto_id_prefix: \"id-\"\n", "## `code` text\n\n## 3. Hello -- World\n\n## 한글만\n\n## 한글만\n");
        Assert.Equal(
            [
                "Heading id-text@3 'text'",
                "Heading id-hello--world@19 '3. Hello  World'",
                "Heading id-section@41 '한글만'",
                "Heading id-section-1@49 '한글만'",
            ],
            Ids(a));
        Assert.Equal(
            [
                "id-text|auto|`code` text|text",
                "id-hello--world|auto|3. Hello -- World|3. Hello  World",
                "id-section|auto|한글만|한글만",
                "id-section-1|auto|한글만|한글만",
            ],
            Headings(a));
        Assert.Null(a.Uncertain);
    }

    [Fact]
    public void Kramdown_transliterated_ids_of_non_ascii_headings_are_uncertain()
    {
        var a = Of("jekyll", "kramdown:\n  input: kramdown\n  transliterated_header_ids: true\n", "## `code` text\n\n## Über 한글\n");
        Assert.Equal(
            [
                "Heading code-text@3 'code text'",
                "Heading ber-@19 'Über 한글'",
            ],
            Ids(a));
        Assert.Equal(
            [
                "code-text|auto|`code` text|code text",
                "ber-|auto|Über 한글|Über 한글",
            ],
            Headings(a));
        Assert.Equal("kramdown transliterates the non-ASCII text of headings (transliterated_header_ids)", a.Uncertain);
    }

    [Fact]
    public void Kramdown_without_auto_ids_keeps_explicit_ids_and_footnotes_only()
    {
        var a = Of("jekyll", "kramdown:\n  auto_ids: false\n", "## 설치 방법\n\n## 안내 {#guide}\n\n글[^a]\n\n[^a]: 주석\n");
        Assert.Equal(
            [
                "Explicit guide@13 '안내'",
                "Footnote fn:a@38 'a'",
                "Footnote fnref:a@38 'a'",
            ],
            Ids(a));
        Assert.Equal(
            [
                "|auto|설치 방법|설치 방법",
                "guide|explicit|안내|안내",
            ],
            Headings(a));
        Assert.Null(a.Uncertain);
    }

    [Fact]
    public void Hugo_goldmark_ids_title_attributes_footnotes_by_order_and_no_block_attributes_by_default()
    {
        var a = Of("hugo", "title: t\n", "## Hello {#hid .c}\n\n## 설치 방법\n\n## 설치 방법\n\nSetext line one\nline two\n---\n\n{#block-id}\n\n문단 {: #not-kramdown}\n\n글[^b] 또[^a]\n\n[^a]: 하나\n[^b]: 둘\n\n<div id=\"d1\">x</div>\n");
        Assert.Equal(
            [
                "Explicit hid@3 'Hello'",
                "Heading 설치-방법@23 '설치 방법'",
                "Heading 설치-방법-1@33 '설치 방법'",
                "Heading line-two@40 'Setext line one\nline two'",
                "Footnote fn:2@123 'a'",
                "Footnote fnref:2@123 'a'",
                "Footnote fn:1@132 'b'",
                "Footnote fnref:1@132 'b'",
                "Html d1@140 ''",
            ],
            Ids(a));
        Assert.Equal(
            [
                "hid|explicit|Hello|Hello",
                "설치-방법|auto|설치 방법|설치 방법",
                "설치-방법-1|auto|설치 방법|설치 방법",
                "line-two|auto|line two|Setext line one\nline two",
            ],
            Headings(a));
        Assert.Null(a.Uncertain);
    }

    [Fact]
    public void Hugo_block_attributes_set_the_id_of_the_paragraph_or_list_right_above_only()
    {
        var a = Of("hugo", "markup:\n  goldmark:\n    parser:\n      attribute:\n        block: true\n", "문단 하나\n{#after-id}\n\n{#before-id}\n문단 둘\n\n## 제목\n{#h-after}\n\n- 목록\n{#list-id}\n\n{#alone}\n");
        Assert.Equal(
            [
                "Explicit after-id@6 ''",
                "Heading 제목@41 '제목'",
                "Explicit list-id@61 ''",
            ],
            Ids(a));
        Assert.Equal(
            [
                "제목|auto|제목|제목",
            ],
            Headings(a));
        Assert.Null(a.Uncertain);
    }

    [Fact]
    public void Hugo_definition_term_ids_make_a_page_with_a_definition_list_uncertain()
    {
        // Hugo 0.144 and later give definition terms ids with autoDefinitionTermID (Hugo's own documentation does); the
        // Hugo here (0.111) has no such setting, so PostLint does not guess them.
        const string Config = "markup:\n  goldmark:\n    parser:\n      autoDefinitionTermID: true\n";
        Assert.Equal("Hugo gives the terms of definition lists ids (autoDefinitionTermID), which PostLint does not model",
            Of("hugo", Config, "## 설정\n\nminify\n: 출력을 줄입니다.\n").Uncertain);
        Assert.Null(Of("hugo", Config, "## 설정\n\n문단: 콜론이 줄 가운데 있습니다.\n").Uncertain);
        Assert.Null(Of("hugo", "title: t\n", "minify\n: 출력을 줄입니다.\n").Uncertain);
    }

    [Fact]
    public void Hugo_without_title_attributes_reads_the_braces_as_text()
    {
        var a = Of("hugo", "markup:\n  goldmark:\n    parser:\n      attribute:\n        title: false\n", "## Hello {#hid}\n");
        Assert.Equal(
            [
                "Heading hello-hid@3 'Hello {#hid}'",
            ],
            Ids(a));
        Assert.Equal(
            [
                "hello-hid|auto|Hello {#hid}|Hello {#hid}",
            ],
            Headings(a));
        Assert.Null(a.Uncertain);
    }

    [Fact]
    public void Hugo_without_auto_ids_keeps_explicit_ids_and_footnotes_only()
    {
        var a = Of("hugo", "markup:\n  goldmark:\n    parser:\n      autoHeadingID: false\n", "## 설치 방법\n\n## 안내 {#guide}\n\n글[^x]\n\n[^x]: 주석\n");
        Assert.Equal(
            [
                "Explicit guide@13 '안내'",
                "Footnote fn:1@38 'x'",
                "Footnote fnref:1@38 'x'",
            ],
            Ids(a));
        Assert.Equal(
            [
                "|auto|설치 방법|설치 방법",
                "guide|explicit|안내|안내",
            ],
            Headings(a));
        Assert.Null(a.Uncertain);
    }

    [Fact]
    public void Astro_slugger_drops_exactly_two_dashes_and_lower_cases_footnote_labels()
    {
        var a = Of("astro", "export default {};\n", "## Hello -- World --- end\n\n## Hello -- World --- end\n\n글[^Note]\n\n[^Note]: 주석\n");
        Assert.Equal(
            [
                "Heading hello--world-----end@3 'Hello  World --- end'",
                "Heading hello--world-----end-1@30 'Hello  World --- end'",
                "Footnote user-content-fn-note@72 'Note'",
                "Footnote user-content-fnref-note@72 'Note'",
            ],
            Ids(a));
        Assert.Equal(
            [
                "hello--world-----end|auto|Hello -- World --- end|Hello  World --- end",
                "hello--world-----end-1|auto|Hello -- World --- end|Hello  World --- end",
            ],
            Headings(a));
        Assert.Null(a.Uncertain);
    }

    [Fact]
    public void GitHub_view_ids_also_carry_the_user_content_prefix()
    {
        var a = Of("none", "", "## Hello -- World\n\n## 설치 방법\n\n글[^n]\n\n[^n]: 주석\n");
        Assert.Equal(
            [
                "Heading hello----world@3 'Hello -- World'",
                "Heading user-content-hello----world@3 'Hello -- World'",
                "Heading user-content-설치-방법@22 '설치 방법'",
                "Heading 설치-방법@22 '설치 방법'",
                "Footnote fn-n@41 'n'",
                "Footnote fnref-n@41 'n'",
                "Footnote user-content-fn-n@41 'n'",
                "Footnote user-content-fnref-n@41 'n'",
            ],
            Ids(a));
        Assert.Equal(
            [
                "hello----world|auto|Hello -- World|Hello -- World",
                "설치-방법|auto|설치 방법|설치 방법",
            ],
            Headings(a));
        Assert.Null(a.Uncertain);
    }

    [Fact]
    public void Kramdown_toc_adds_the_list_id_and_an_entry_id_per_heading()
    {
        var a = Of("jekyll", "title: t\n", "* TOC\n{:toc}\n\n## 하나\n\n## 둘\n");
        Assert.Equal(
            [
                "Html markdown-toc@0 ''",
                "Html markdown-toc-하나@17 ''",
                "Heading 하나@17 '하나'",
                "Html markdown-toc-둘@24 ''",
                "Heading 둘@24 '둘'",
            ],
            Ids(a));
        Assert.Equal(
            [
                "하나|auto|하나|하나",
                "둘|auto|둘|둘",
            ],
            Headings(a));
        Assert.Null(a.Uncertain);
    }

    [Fact]
    public void A_heading_or_id_built_by_a_template_makes_the_ids_uncertain()
    {
        var a = Of("jekyll", "title: t\n", "## {{ page.title }} 소개\n\n<h2 id=\"{{ tag }}\">x</h2>\n\n## 끝");
        Assert.Equal(
            [
                "Heading -pagetitle--소개@3 '{{ page.title }} 소개'",
                "Heading 끝@54 '끝'",
            ],
            Ids(a));
        Assert.Equal(
            [
                "-pagetitle--소개|auto|{{ page.title }} 소개|{{ page.title }} 소개",
                "끝|auto|끝|끝",
            ],
            Headings(a));
        Assert.Equal("a heading is built by a template", a.Uncertain);
    }
}
