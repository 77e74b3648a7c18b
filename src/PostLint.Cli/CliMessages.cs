using PostLint.Localization;

namespace PostLint.Cli;

/// <summary>
/// The command line's part of the message catalog: help texts (looked up by their English text, which stays where
/// the option is declared), the help layout's words, System.CommandLine's parse errors, and the commands' messages.
/// </summary>
public static partial class CliMessages
{
    /// <summary>Every help text of the command tree: English as declared on the option or command, and Korean.</summary>
    public static readonly IReadOnlyList<Message> Help =
    [
        new("PostLint: lints Markdown blog posts with YAML front matter (Jekyll, Hugo, Astro).", "PostLint: YAML front matter가 있는 Markdown 블로그 글(Jekyll, Hugo, Astro)을 검사합니다."),
        new("Files, folders or globs to lint (default: the current folder)", "검사할 파일, 폴더 또는 glob(기본값: 현재 폴더)"),
        new("Config file (default: the nearest .postlint.yml above each file, up to the git root)", "설정 파일(기본값: 파일마다 git 루트까지 위로 올라가며 가장 가까운 .postlint.yml)"),
        new("Report format: text, json, sarif (SARIF 2.1.0) or github (Actions annotations)", "보고서 형식: text, json, sarif(SARIF 2.1.0), github(Actions 주석)"),
        new("Write the report to FILE instead of standard output", "보고서를 표준 출력 대신 FILE에 씁니다"),
        new("Also write the report as SARIF 2.1.0 to FILE, whatever --format is", "--format과 관계없이 SARIF 2.1.0 보고서를 FILE에도 씁니다"),
        new("The SARIF automationDetails.id category, to tell several uploads for one commit apart", "SARIF automationDetails.id 범주로, 커밋 하나에 올린 여러 결과를 구별합니다"),
        new("With '-' as the path: lint standard input as if it were this file (its site, config and name)", "경로가 '-'일 때 표준 입력을 이 파일로 여기고 검사합니다(그 파일의 사이트, 설정, 이름으로)"),
        new("Lowest severity that makes the exit code 1", "종료 코드를 1로 만드는 가장 낮은 심각도"),
        new("Run only these rules (ids, names or categories, comma separated)", "이 규칙만 실행합니다(ID, 이름 또는 범주를 쉼표로 구분)"),
        new("Do not run these rules (ids, names or categories, comma separated)", "이 규칙은 실행하지 않습니다(ID, 이름 또는 범주를 쉼표로 구분)"),
        new("The site's root folder (default: detected from _config.yml, hugo.toml, astro.config.*)", "사이트 루트 폴더(기본값: _config.yml, hugo.toml, astro.config.*로 찾음)"),
        new("Lint drafts as the site builds them with drafts (jekyll serve --drafts, hugo -D): work in progress is reported there too", "사이트를 초안과 함께 빌드할 때(jekyll serve --drafts, hugo -D)처럼 초안도 검사합니다. 초안의 작성 중인 내용도 보고합니다"),
        new("Colour the text report (auto honours NO_COLOR and pipes)", "텍스트 보고서에 색을 입힙니다(auto는 NO_COLOR와 파이프를 따릅니다)"),
        new("Print findings only, no summary line", "요약 줄 없이 문제만 출력합니다"),
        new("Show the source line and a caret under each finding", "문제마다 원본 줄과 그 아래 캐럿(^)을 보여 줍니다"),
        new("Lint the staged content of staged Markdown files (what git would commit); PATHS become git pathspecs", "스테이징한 Markdown 파일의 스테이징된 내용(git이 커밋할 내용)을 검사합니다. PATHS는 git pathspec이 됩니다"),
        new("Apply the config's include and exclude to files named on the command line too (for pre-commit)", "명령줄에 적은 파일에도 설정의 include와 exclude를 적용합니다(pre-commit용)"),
        new("Apply safe fixes to the files, then report what remains", "안전한 수정을 파일에 적용한 뒤 남은 문제를 보고합니다"),
        new("With --fix or --diff, also apply fixes that may change meaning", "--fix나 --diff와 함께 쓰면 의미가 바뀔 수 있는 수정도 적용합니다"),
        new("Print a unified diff of what --fix would change and write nothing (exit 1 when there is a diff)", "--fix가 바꿀 내용을 unified diff로 출력하고 파일은 쓰지 않습니다(diff가 있으면 종료 코드 1)"),
        new("Hide the findings recorded in this baseline file (see 'postlint baseline')", "이 기준선 파일에 기록된 문제를 숨깁니다('postlint baseline' 참고)"),
        new("The baseline file to write (default: the config's 'baseline:', else .postlint-baseline.json beside the config file)", "쓸 기준선 파일(기본값: 설정의 'baseline:', 없으면 설정 파일 옆의 .postlint-baseline.json)"),
        new("Only drop entries that no longer occur; add no new ones", "더 이상 나오지 않는 항목만 지우고 새 항목은 추가하지 않습니다"),
        new("Replace a pre-commit hook PostLint did not write (it is kept as pre-commit.postlint-backup)", "PostLint가 쓰지 않은 pre-commit 훅을 바꿉니다(기존 훅은 pre-commit.postlint-backup으로 보관합니다)"),
        new("Output format", "출력 형식"),
        new("The language of messages, help and rule docs: ko or en (default: the config's 'lang:', else LC_ALL, LC_MESSAGES or LANG)", "메시지, 도움말, 규칙 문서의 언어: ko 또는 en(기본값: 설정의 'lang:', 없으면 LC_ALL, LC_MESSAGES, LANG)"),
        new("List every rule: id, name, category, default severity, fixable", "모든 규칙을 보여 줍니다: ID, 이름, 범주, 기본 심각도, 수정 가능 여부"),
        new("A rule id or name, e.g. PL201 or placeholder-date", "규칙 ID나 이름(예: PL201, placeholder-date)"),
        new("Print a rule's documentation", "규칙 문서를 출력합니다"),
        new("Write a commented starter .postlint.yml for the detected site (never overwrites)", "찾은 사이트에 맞는 주석 달린 .postlint.yml 초안을 씁니다(기존 파일은 덮어쓰지 않습니다)"),
        new("Record the current findings in .postlint-baseline.json, so later runs with --baseline report only new ones", "지금의 문제를 .postlint-baseline.json에 기록해, 이후 --baseline으로 실행하면 새 문제만 보고합니다"),
        new("Write a git pre-commit hook that runs 'postlint --staged' (respects core.hooksPath)", "'postlint --staged'를 실행하는 git pre-commit 훅을 씁니다(core.hooksPath를 따릅니다)"),
        new("Remove the pre-commit hook 'postlint install-hook' wrote (and restore the hook it replaced)", "'postlint install-hook'이 쓴 pre-commit 훅을 지웁니다(바꿔 둔 기존 훅은 되살립니다)"),
        new("Run the language server for editors (LSP over standard input and output)", "편집기용 언어 서버를 실행합니다(표준 입출력으로 LSP 통신)"),
        new("Talk over standard input and output (the default and only transport)", "표준 입출력으로 통신합니다(기본이자 유일한 방식)"),
        new("Show help and usage information", "도움말과 사용법을 보여 줍니다"),
        new("Show version information", "버전 정보를 보여 줍니다"),
    ];

    /// <summary>The help layout's section titles and labels (System.CommandLine's words), each a whole line or label.</summary>
    public static readonly IReadOnlyList<Message> HelpLayout =
    [
        new("Description:", "설명:"),
        new("Usage:", "사용법:"),
        new("Arguments:", "인수:"),
        new("Options:", "옵션:"),
        new("Commands:", "명령:"),
        new("[default: ", "[기본값: "),
        new("[command]", "[명령]"),
        new("[options]", "[옵션]"),
    ];

    // System.CommandLine's parse errors, matched by their English text ({0}, {1}: what it quotes).

    /// <summary>A required argument is missing.</summary>
    public static readonly Message RequiredArgumentCommand = new("Required argument missing for command: '{command}'.", "'{command}' 명령에 필요한 인수가 없습니다.");

    /// <summary>An option's argument is missing.</summary>
    public static readonly Message RequiredArgumentOption = new("Required argument missing for option: '{option}'.", "'{option}' 옵션에 필요한 인수가 없습니다.");

    /// <summary>A value outside the allowed ones; <c>{list}</c> is System.CommandLine's list of them.</summary>
    public static readonly Message NotRecognized = new("Argument '{value}' not recognized. Must be one of:{list}", "인수 '{value}'{은} 쓸 수 없습니다. 다음 중 하나를 쓰세요:{list}");

    /// <summary>An unknown command or argument.</summary>
    public static readonly Message Unrecognized = new("Unrecognized command or argument '{value}'.", "알 수 없는 명령 또는 인수 '{value}'입니다.");

    /// <summary>An option given several values.</summary>
    public static readonly Message SingleArgument = new("Option '{option}' expects a single argument but {count} were provided.", "'{option}' 옵션에는 인수를 하나만 줄 수 있는데 {count}개를 주었습니다.");

    /// <summary>The line after parse errors.</summary>
    public static readonly Message RunHelp = new("Run 'postlint --help' for usage.", "사용법은 'postlint --help'로 확인하세요.");

    /// <summary>Our own validator: <c>--unsafe-fixes</c> alone.</summary>
    public static readonly Message UnsafeFixesAlone = new("--unsafe-fixes applies only with --fix or --diff", "--unsafe-fixes는 --fix나 --diff와 함께 쓸 때만 적용됩니다");

    /// <summary>A value of <c>--lang</c> other than ko or en.</summary>
    public static readonly Message BadLanguage = new("--lang must be ko or en, not '{value}'", "--lang에는 ko 또는 en을 쓰세요('{value}'{은} 쓸 수 없습니다)");

    // The lint command.

    /// <summary>--config names a missing file.</summary>
    public static readonly Message ConfigMissing = new("postlint: config file '{path}' does not exist", "postlint: 설정 파일 '{path}'{이} 없습니다");

    /// <summary>POSTLINT_NOW is not a date.</summary>
    public static readonly Message BadNow = new(
        "postlint: {variable} '{value}' is not an ISO 8601 date-time, e.g. 2025-06-01T12:00:00+09:00",
        "postlint: {variable} 값 '{value}'{은} ISO 8601 날짜·시각이 아닙니다. 2025-06-01T12:00:00+09:00처럼 쓰세요");

    /// <summary>An unknown option taken for a path.</summary>
    public static readonly Message UnknownOption = new("postlint: unknown option '{option}'; run 'postlint --help' for usage", "postlint: 알 수 없는 옵션 '{option}'입니다. 사용법은 'postlint --help'로 확인하세요");

    /// <summary>A path that matches nothing.</summary>
    public static readonly Message NoMatch = new("postlint: '{path}' matches no file or folder", "postlint: '{path}'에 맞는 파일이나 폴더가 없습니다");

    /// <summary>A report file cannot be written.</summary>
    public static readonly Message CannotWrite = new("postlint: cannot write '{path}': {reason}", "postlint: '{path}'에 쓸 수 없습니다: {reason}");

    /// <summary>Standard output cannot be written.</summary>
    public static readonly Message CannotWriteOutput = new("postlint: cannot write standard output: {reason}", "postlint: 표준 출력에 쓸 수 없습니다: {reason}");

    /// <summary>--staged outside a work tree.</summary>
    public static readonly Message StagedOutsideGit = new(
        "postlint: --staged lints what git would commit, but '{path}' is not inside a git work tree",
        "postlint: --staged는 git이 커밋할 내용을 검사하는데, '{path}'{은} git 작업 트리 안이 아닙니다");

    /// <summary>--staged failed in git.</summary>
    public static readonly Message StagedFailed = new("postlint: --staged: {reason}", "postlint: --staged: {reason}");

    /// <summary>The progress line on a terminal.</summary>
    public static readonly Message Progress = new("postlint: {done}/{total} files", "postlint: 파일 {done}/{total}개");

    // rules and explain.

    /// <summary>explain: an unknown rule.</summary>
    public static readonly Message ExplainUnknown = new("postlint: {message}", "postlint: {message}");

    /// <summary>rules: the text table's header.</summary>
    public static readonly Message RulesHeader = new("ID NAME CATEGORY SEVERITY FIX TITLE", "ID 이름 범주 심각도 수정 설명");

    /// <summary>rules: fixes always.</summary>
    public static readonly Message FixAlways = new("yes", "예");

    /// <summary>rules: fixes some findings.</summary>
    public static readonly Message FixSometimes = new("sometimes", "일부");

    /// <summary>rules: never fixes.</summary>
    public static readonly Message FixNever = new("no", "아니요");
}
