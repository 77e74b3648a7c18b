namespace PostLint.Localization;

/// <summary>
/// The message catalog of the engine, the configuration and the reports (rules keep theirs beside their code, the
/// command line in <c>CliMessages</c>). Korean follows <c>rules/korean-glossary.md</c>: 합니다 for statements, 하세요
/// for what to do.
/// </summary>
public static partial class CoreMessages
{
    // The summary line.

    /// <summary>The summary line; the counts are <see cref="Errors"/>, <see cref="Warnings"/>, <see cref="Infos"/>.</summary>
    public static readonly Message Summary = new(
        "{errors}, {warnings}, {infos} in {files} ({checked} checked{fixable}) in {seconds}s",
        "파일 {checked}개 중 {files}에서 {errors}, {warnings}, {infos}를 찾았습니다{fixable}({seconds}초)");

    /// <summary>The summary's fixable part: safe and unsafe fixes.</summary>
    public static readonly Message FixableBoth = new(
        "; {safe} fixable with --fix, {unsafe} more with --unsafe-fixes",
        ". --fix로 {safe}개, --unsafe-fixes로 {unsafe}개를 더 고칠 수 있습니다");

    /// <summary>The summary's fixable part: safe fixes only.</summary>
    public static readonly Message FixableSafe = new(
        "; {safe} fixable with --fix",
        ". --fix로 {safe}개를 고칠 수 있습니다");

    /// <summary>The summary's fixable part: unsafe fixes only.</summary>
    public static readonly Message FixableUnsafe = new(
        "; {unsafe} fixable with --fix --unsafe-fixes",
        ". --fix --unsafe-fixes로 {unsafe}개를 고칠 수 있습니다");

    /// <summary>A count of errors (not one).</summary>
    public static readonly Message Errors = new("{n} errors", "오류 {n}개");

    /// <summary>One error.</summary>
    public static readonly Message OneError = new("{n} error", "오류 {n}개");

    /// <summary>A count of warnings.</summary>
    public static readonly Message Warnings = new("{n} warnings", "경고 {n}개");

    /// <summary>One warning.</summary>
    public static readonly Message OneWarning = new("{n} warning", "경고 {n}개");

    /// <summary>A count of infos.</summary>
    public static readonly Message Infos = new("{n} infos", "정보 {n}개");

    /// <summary>One info.</summary>
    public static readonly Message OneInfo = new("{n} info", "정보 {n}개");

    /// <summary>A count of files with findings.</summary>
    public static readonly Message Files = new("{n} files", "{n}개");

    /// <summary>One file with findings.</summary>
    public static readonly Message OneFile = new("{n} file", "{n}개");

    // Findings the engine reports itself.

    /// <summary>PL001.</summary>
    public static readonly Message CannotRead = new("cannot read the file: {reason}", "파일을 읽을 수 없습니다: {reason}");

    /// <summary>PL001's reason: permissions.</summary>
    public static readonly Message PermissionDenied = new("permission denied", "권한이 없습니다");

    /// <summary>PL001's reason: the file is gone.</summary>
    public static readonly Message FileGone = new("the file no longer exists", "파일이 더 이상 없습니다");

    /// <summary>PL002.</summary>
    public static readonly Message UnknownSuppressionRule = new(
        "unknown rule '{name}' in suppression comment",
        "억제 주석에 알 수 없는 규칙 '{name}'{이} 있습니다");

    /// <summary>PL003.</summary>
    public static readonly Message RuleFailed = new(
        "rule {id} {name} failed: {type}: {reason}; please report this file{detail}",
        "규칙 {id} {name}{이} 실패했습니다: {type}: {reason}. 이 파일과 함께 버그를 알려 주세요{detail}");

    /// <summary>PL004: UTF-16.</summary>
    public static readonly Message Utf16 = new(
        "the file is UTF-16, not UTF-8; re-save it as UTF-8 to lint it",
        "파일이 UTF-8이 아니라 UTF-16입니다. 검사하려면 UTF-8로 다시 저장하세요");

    /// <summary>PL004: binary.</summary>
    public static readonly Message Binary = new(
        "the file is binary (it holds NUL bytes), not Markdown; skipped",
        "Markdown이 아닌 바이너리 파일(NUL 바이트 포함)이라 건너뛰었습니다");

    /// <summary>PL005.</summary>
    public static readonly Message TooLarge = new(
        "the file is {size}, over the {limit} limit; raise 'max-file-size' in the config to lint it",
        "파일 크기 {size}{이} 한도 {limit}{을} 넘습니다. 검사하려면 설정의 'max-file-size'를 늘리세요");

    /// <summary>PL006.</summary>
    public static readonly Message InvalidUtf8 = new(
        "invalid UTF-8 bytes; re-save the file as UTF-8 (the rest was linted with U+FFFD in their place)",
        "UTF-8이 아닌 바이트가 있습니다. 파일을 UTF-8로 다시 저장하세요(나머지는 그 자리를 U+FFFD로 바꿔 검사했습니다)");

    /// <summary>PL007.</summary>
    public static readonly Message TooDeep = new(
        "Markdown is nested too deeply for the parser; the body was not checked",
        "Markdown이 파서가 다룰 수 없을 만큼 깊이 중첩되어 본문을 검사하지 못했습니다");

    // Configuration errors.

    /// <summary>The config file cannot be read.</summary>
    public static readonly Message ConfigUnreadable = new("cannot read the config file: {reason}", "설정 파일을 읽을 수 없습니다: {reason}");

    /// <summary>The config is not YAML.</summary>
    public static readonly Message ConfigInvalidYaml = new("invalid YAML: {reason}", "YAML 문법 오류입니다: {reason}");

    /// <summary>The config's top level is not a mapping.</summary>
    public static readonly Message ConfigNotMapping = new(
        "the config must be a mapping of keys ({keys})",
        "설정은 키의 매핑이어야 합니다({keys})");

    /// <summary>A size that is not one.</summary>
    public static readonly Message ConfigMaxFileSize = new(
        "'max-file-size' must be a size such as 10MB, 512KB or a number of bytes",
        "'max-file-size'는 10MB, 512KB 같은 크기나 바이트 수여야 합니다");

    /// <summary>An unknown top-level key.</summary>
    public static readonly Message ConfigUnknownKey = new(
        "unknown key '{key}'; expected one of: {keys}",
        "알 수 없는 키 '{key}'입니다. 다음 중 하나를 쓰세요: {keys}");

    /// <summary>A <c>drafts:</c> that is not a boolean.</summary>
    public static readonly Message ConfigDrafts = new(
        "'drafts' must be true or false, not '{value}'",
        "'drafts'는 true 또는 false여야 합니다('{value}'{은} 쓸 수 없습니다)");

    /// <summary>A <c>lang:</c> other than en or ko.</summary>
    public static readonly Message ConfigLanguage = new(
        "'lang' must be en or ko, not '{value}'",
        "'lang'은 en 또는 ko여야 합니다('{value}'{은} 쓸 수 없습니다)");

    /// <summary><c>rules:</c> of the wrong shape.</summary>
    public static readonly Message ConfigRulesShape = new(
        "'rules' must be a mapping of rule ids, names or categories to a severity or options",
        "'rules'는 규칙 ID, 이름 또는 범주마다 심각도나 옵션을 적은 매핑이어야 합니다");

    /// <summary>An unknown rule selector.</summary>
    public static readonly Message ConfigUnknownRule = new(
        "unknown rule '{rule}'; run 'postlint rules' for the list",
        "알 수 없는 규칙 '{rule}'입니다. 규칙 목록은 'postlint rules'로 확인하세요");

    /// <summary>An unknown rule selector that is close to a rule's id or name.</summary>
    public static readonly Message ConfigUnknownRuleNear = new(
        "unknown rule '{rule}'; did you mean '{near}'? (run 'postlint rules' for the list)",
        "알 수 없는 규칙 '{rule}'입니다. '{near}'{을} 쓰려던 것인가요? (규칙 목록은 'postlint rules'로 확인하세요)");

    /// <summary><c>--select</c> given nothing (<c>--select ""</c>, <c>--select ,</c>).</summary>
    public static readonly Message SelectEmpty = new(
        "--select names no rule; give ids, names or categories, e.g. --select PL201,links (or 'all')",
        "--select에 규칙이 없습니다. ID, 이름 또는 범주를 적으세요. 예: --select PL201,links (모두는 'all')");

    /// <summary>An error in a command-line option's value.</summary>
    public static readonly Message OptionError = new("{option}: {message}", "{option}: {message}");

    /// <summary>Options under a selector of several rules.</summary>
    public static readonly Message ConfigOptionsForMany = new(
        "options can only be given to one rule, and '{selector}' selects {count}",
        "옵션은 규칙 하나에만 줄 수 있는데 '{selector}'{은} 규칙 {count}개를 가리킵니다");

    /// <summary><c>severity:</c> that is not a scalar.</summary>
    public static readonly Message ConfigSeverityShape = new(
        "severity must be one of: off, info, warning, error",
        "severity는 off, info, warning, error 중 하나여야 합니다");

    /// <summary>An unknown option of a rule without options.</summary>
    public static readonly Message ConfigUnknownOptionNone = new(
        "unknown option '{option}' for rule {rule}; it takes only 'severity'",
        "규칙 {rule}에 알 수 없는 옵션 '{option}'입니다. 이 규칙에는 'severity'만 쓸 수 있습니다");

    /// <summary>An unknown option of a rule with options.</summary>
    public static readonly Message ConfigUnknownOption = new(
        "unknown option '{option}' for rule {rule}; expected: severity, {options}",
        "규칙 {rule}에 알 수 없는 옵션 '{option}'입니다. 쓸 수 있는 옵션: severity, {options}");

    /// <summary>A rule's value of the wrong shape.</summary>
    public static readonly Message ConfigRuleValue = new(
        "expected a severity (off, info, warning, error) or a mapping of options",
        "심각도(off, info, warning, error)나 옵션의 매핑을 쓰세요");

    /// <summary>A severity that is not one.</summary>
    public static readonly Message ConfigSeverity = new(
        "invalid severity '{value}'; expected one of: off, info, warning, error",
        "잘못된 심각도 '{value}'입니다. off, info, warning, error 중 하나를 쓰세요");

    /// <summary>An option value of the wrong type; <c>{expected}</c> is one of the kinds below.</summary>
    public static readonly Message ConfigOptionType = new(
        "option '{option}' must be {expected}",
        "옵션 '{option}'의 값은 {expected}{이어야} 합니다");

    /// <summary>Option kind: a list of strings.</summary>
    public static readonly Message KindStringList = new("a list of strings", "문자열 목록");

    /// <summary>Option kind: a whole number.</summary>
    public static readonly Message KindInteger = new("a whole number", "정수");

    /// <summary>Option kind: a boolean.</summary>
    public static readonly Message KindBoolean = new("true or false", "true 또는 false");

    /// <summary>Option kind: a string.</summary>
    public static readonly Message KindString = new("a string", "문자열");

    /// <summary><c>include:</c> or <c>exclude:</c> of the wrong shape.</summary>
    public static readonly Message ConfigGlobList = new(
        "'{key}' must be a list of glob patterns",
        "'{key}'{은} glob 패턴의 목록이어야 합니다");

    /// <summary><c>baseline:</c> of the wrong shape.</summary>
    public static readonly Message ConfigBaseline = new(
        "'baseline' must be a file path, e.g. .postlint-baseline.json",
        "'baseline'은 파일 경로여야 합니다(예: .postlint-baseline.json)");

    /// <summary>A rule's option problem when the config file is unknown.</summary>
    public static readonly Message RuleOptionError = new("{rule}: {message}", "{rule}: {message}");

    // Reports.

    /// <summary>The GitHub format's note when annotations are cut.</summary>
    public static readonly Message GitHubAnnotationLimit = new(
        "postlint: GitHub shows at most {n} annotations of each severity per step; the job summary lists every finding when GITHUB_STEP_SUMMARY is set",
        "postlint: GitHub은 단계마다 심각도별로 주석을 {n}개까지만 보여 줍니다. GITHUB_STEP_SUMMARY가 설정되어 있으면 작업 요약에 모든 문제가 나옵니다");

    /// <summary>The job summary's table of counts per rule: its header row.</summary>
    public static readonly Message GitHubRuleTableHeader = new(
        "| rule | errors | warnings | infos |",
        "| 규칙 | 오류 | 경고 | 정보 |");

    /// <summary>The job summary's table of findings: its header row.</summary>
    public static readonly Message GitHubFindingTableHeader = new(
        "| location | severity | rule | message |",
        "| 위치 | 심각도 | 규칙 | 메시지 |");

    /// <summary>SARIF: the description of <c>%SRCROOT%</c>.</summary>
    public static readonly Message SarifRoot = new(
        "The repository root: the root of the git work tree PostLint ran in, or the folder it ran in outside one.",
        "저장소 루트: PostLint를 실행한 git 작업 트리의 루트, 작업 트리 밖이면 실행한 폴더입니다.");

    /// <summary>SARIF: the tool's full name.</summary>
    public static readonly Message SarifFullName = new(
        "PostLint {version}: a linter for Markdown blog posts with YAML front matter",
        "PostLint {version}: YAML front matter가 있는 Markdown 블로그 글 린터");

    /// <summary>SARIF: a rule's help when it has no doc.</summary>
    public static readonly Message SarifHelpText = new("{title}\n\nDocumentation: {uri}", "{title}\n\n문서: {uri}");

    /// <summary>SARIF: a rule's Markdown help when it has no doc.</summary>
    public static readonly Message SarifHelpMarkdown = new("{title}\n\n[Documentation]({uri})", "{title}\n\n[문서]({uri})");

    /// <summary>SARIF: why results were left out (size).</summary>
    public static readonly Message SarifLimitSize = new(
        "GitHub code scanning accepts at most {size} of gzip-compressed SARIF",
        "GitHub 코드 스캐닝은 gzip으로 압축한 SARIF를 {size}까지만 받습니다");

    /// <summary>SARIF: why results were left out (count).</summary>
    public static readonly Message SarifLimitCount = new(
        "GitHub code scanning accepts at most {count} results per run",
        "GitHub 코드 스캐닝은 실행마다 결과를 {count}개까지만 받습니다");

    /// <summary>SARIF: the notification when results were left out.</summary>
    public static readonly Message SarifLimitNote = new(
        "Kept the {kept} most severe of {total} results and left out {dropped}: {reason}. Run postlint with --format text or json to see them all.",
        "결과 {total}개 중 심각한 {kept}개만 남기고 {dropped}개는 뺐습니다: {reason}. 모두 보려면 postlint를 --format text 또는 json으로 실행하세요.");

    /// <summary>The section of a rule doc that SARIF's <c>fullDescription</c> takes.</summary>
    public static readonly Message DocWhatItDoes = new("What it does", "하는 일");
}
