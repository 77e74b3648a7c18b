using PostLint.Localization;

namespace PostLint.Cli;

/// <summary>
/// The words of the commands: install-hook and uninstall-hook (and the hook script itself), init, baseline, --fix and
/// --diff, and the lint command's notes and usage errors.
/// </summary>
public static partial class CliMessages
{
    // Counts that English writes in the singular or the plural: see Count.

    /// <summary>Findings.</summary>
    public static readonly Message Findings = new("{n} findings", "문제 {n}개");

    /// <summary>One finding.</summary>
    public static readonly Message OneFinding = new("{n} finding", "문제 {n}개");

    /// <summary>Files.</summary>
    public static readonly Message FileCount = new("{n} files", "파일 {n}개");

    /// <summary>One file.</summary>
    public static readonly Message OneFileCount = new("{n} file", "파일 {n}개");

    /// <summary>Baseline entries.</summary>
    public static readonly Message Entries = new("{n} entries", "항목 {n}개");

    /// <summary>One baseline entry.</summary>
    public static readonly Message OneEntry = new("{n} entry", "항목 {n}개");

    /// <summary>Unsafe fixes not applied.</summary>
    public static readonly Message MoreFixes = new("{n} more fixes", "수정 {n}개");

    /// <summary>One unsafe fix not applied.</summary>
    public static readonly Message OneMoreFix = new("{n} more fix", "수정 {n}개");

    /// <summary><paramref name="n"/> with <paramref name="one"/>'s words when it is 1, else <paramref name="many"/>'s.</summary>
    public static Localized Count(int n, Message one, Message many) => (n == 1 ? one : many).With(n);

    /// <summary>The message of an exception in <paramref name="language"/> when the catalog has it, else its own (English) text.</summary>
    public static string Reason(Exception ex, Language language) => LocalizedFormatException.MessageOf(ex, language);

    /// <summary>A message of PostLint's own on standard error (its text already in the run's language).</summary>
    public static readonly Message Prefixed = new("postlint: {message}", "postlint: {message}");

    /// <summary>A file that could not be linted, with its finding's message.</summary>
    public static readonly Message FileFailed = new("postlint: {path}: {message}", "postlint: {path}: {message}");

    // install-hook and uninstall-hook.

    /// <summary>install-hook: a hook PostLint did not write is in the way.</summary>
    public static readonly Message HookForeign = new(
        "postlint: {hook} exists and was not written by postlint; not replaced (use --force to replace it; it is kept as {backup})",
        "postlint: {hook}{은} postlint가 쓴 훅이 아니라서 바꾸지 않았습니다. 바꾸려면 --force를 쓰세요(기존 훅은 {backup}{으로} 보관합니다)");

    /// <summary>install-hook --force: the backup of an earlier replaced hook is in the way.</summary>
    public static readonly Message HookBackupExists = new(
        "postlint: {backup} already exists; move it away before replacing {hook} again",
        "postlint: {backup}{이} 이미 있습니다. {hook}{을} 다시 바꾸기 전에 그 파일을 옮기세요");

    /// <summary>install-hook --force: where the replaced hook went.</summary>
    public static readonly Message HookKept = new("Kept the previous hook as {backup}", "기존 훅을 {backup}{으로} 보관했습니다");

    /// <summary>install-hook: the hook cannot be written.</summary>
    public static readonly Message HookCannotWrite = new("postlint: cannot write {hook}: {reason}", "postlint: {hook}{을} 쓸 수 없습니다: {reason}");

    /// <summary>install-hook: done.</summary>
    public static readonly Message HookInstalled = new(
        "Installed {hook}: each commit runs 'postlint --staged'",
        "{hook}{을} 설치했습니다. 커밋할 때마다 'postlint --staged'를 실행합니다");

    /// <summary>uninstall-hook: there is no hook.</summary>
    public static readonly Message HookNone = new("No pre-commit hook at {hook}; nothing to remove", "{hook}에 pre-commit 훅이 없어 지울 것이 없습니다");

    /// <summary>uninstall-hook: the hook is not PostLint's.</summary>
    public static readonly Message HookNotOurs = new("postlint: {hook} was not written by postlint; left alone", "postlint: {hook}{은} postlint가 쓴 훅이 아니라서 그대로 두었습니다");

    /// <summary>uninstall-hook: done.</summary>
    public static readonly Message HookRemoved = new("Removed {hook}", "{hook}{을} 지웠습니다");

    /// <summary>uninstall-hook: the hook install-hook replaced is back.</summary>
    public static readonly Message HookRestored = new("Restored the previous hook from {backup}", "{backup}에서 기존 훅을 되살렸습니다");

    /// <summary>uninstall-hook: the hook cannot be removed.</summary>
    public static readonly Message HookCannotRemove = new("postlint: cannot remove {hook}: {reason}", "postlint: {hook}{을} 지울 수 없습니다: {reason}");

    /// <summary>install-hook or uninstall-hook outside a work tree.</summary>
    public static readonly Message HookOutsideGit = new(
        "postlint: '{path}' is not inside a git work tree; run this in the repository the hook is for",
        "postlint: '{path}'{은} git 작업 트리 안이 아닙니다. 훅을 둘 저장소에서 실행하세요");

    // The hook script's words (a comment and what it prints when postlint is not installed).

    /// <summary>The hook's comment line.</summary>
    public static readonly Message HookScriptComment = new(
        "Lints the staged Markdown files, as they will be committed. Skip it once with `git commit --no-verify`.",
        "스테이징한 Markdown 파일을 커밋할 내용 그대로 검사합니다. 한 번 건너뛰려면 `git commit --no-verify`를 쓰세요.");

    /// <summary>The hook: postlint is not installed.</summary>
    public static readonly Message HookScriptNotFound = new(
        "postlint: command not found, so the staged Markdown files were not checked.",
        "postlint: 명령을 찾을 수 없어 스테이징한 Markdown 파일을 검사하지 못했습니다.");

    /// <summary>The hook: how to install postlint or commit without it.</summary>
    public static readonly Message HookScriptInstall = new(
        "Install it with '{install}', commit once without the check with '{skip}',",
        "'{install}'{으로} 설치하거나, '{skip}'{으로} 이번만 검사 없이 커밋하거나,");

    /// <summary>The hook: how to remove it.</summary>
    public static readonly Message HookScriptRemove = new("or remove this hook: {command}", "이 훅을 지우세요: {command}");

    // init.

    /// <summary>init: a config is already there.</summary>
    public static readonly Message InitExists = new("postlint: {file} already exists; not overwritten", "postlint: {file}{이} 이미 있어 덮어쓰지 않았습니다");

    /// <summary>init: a config in a folder above applies here.</summary>
    public static readonly Message InitConfigAbove = new(
        "postlint: warning: {path} already applies here; the new file takes its place for the files in this folder",
        "postlint: 경고: 이 폴더에는 이미 {path}{이} 적용됩니다. 이 폴더의 파일에는 새 파일이 대신 적용됩니다");

    /// <summary>init: the folder is inside a site whose root is above.</summary>
    public static readonly Message InitInsideSite = new(
        "postlint: warning: this folder is inside the {kind} site at '{root}'; a config there covers the whole site ('postlint init' in that folder)",
        "postlint: 경고: 이 폴더는 '{root}'에 있는 {kind} 사이트 안에 있습니다. 설정 파일을 그 폴더에 두면 사이트 전체에 적용됩니다(그 폴더에서 'postlint init')");

    /// <summary>init: done.</summary>
    public static readonly Message InitWrote = new("Wrote {file} for {site}", "{site}에 맞는 {file}{을} 썼습니다");

    /// <summary>init: the starter config; <c>{site}</c> is one of the site names below, <c>{include}</c> the include globs' lines.</summary>
    public static readonly Message InitTemplate = new(
        """
        # PostLint configuration for {site}.
        # Every key is optional. Run `postlint rules` for rule ids and names, `postlint explain RULE` for a rule's doc.

        # Which files to lint when a folder is given (globs relative to this file); PostLint finds the Markdown
        # files in them (.md, .markdown, .mdown, .mkdn, .mkd, .mkdown, .mdwn).
        include:
        {include}
        # Files never linted.
        exclude:
          - "**/README.md"

        # Per rule, by id, name or category (front-matter, content, links, spelling, tables, meta):
        # off, info, warning, error, or a mapping with `severity` and the rule's options.
        rules:
          placeholder-date: error
          # placeholder-date:
          #   severity: error
          #   keys: [date, last_modified_at, lastmod]
          # misspelling:
          #   lists: [terms.yml, typos.txt]   # your own lists: PostLint or prh YAML, or a codespell dictionary
          #   allow: [Zookeeper]             # words never reported

        """,
        """
        # {site}에 맞는 PostLint 설정입니다.
        # 모든 키는 생략할 수 있습니다. 규칙 ID와 이름은 `postlint rules`, 규칙 문서는 `postlint explain RULE`로 확인하세요.

        # 폴더를 검사할 때 대상이 되는 파일(이 파일을 기준으로 한 glob)입니다. PostLint는 그 안의 Markdown 파일
        # (.md, .markdown, .mdown, .mkdn, .mkd, .mkdown, .mdwn)을 찾습니다.
        include:
        {include}
        # 검사하지 않을 파일입니다.
        exclude:
          - "**/README.md"

        # 규칙마다 ID, 이름 또는 범주(front-matter, content, links, spelling, tables, meta)로 적습니다.
        # off, info, warning, error 중 하나나, `severity`와 규칙의 옵션을 적은 매핑을 쓰세요.
        rules:
          placeholder-date: error
          # placeholder-date:
          #   severity: error
          #   keys: [date, last_modified_at, lastmod]
          # misspelling:
          #   lists: [terms.yml, typos.txt]   # 직접 만든 목록: PostLint나 prh YAML, 또는 codespell 사전
          #   allow: [Zookeeper]             # 보고하지 않을 단어
        # 메시지 언어를 정하려면(ko 또는 en; 없으면 LC_ALL, LC_MESSAGES, LANG을 따릅니다):
        # lang: ko

        """);

    /// <summary>init: a site of a kind (Jekyll, Hugo).</summary>
    public static readonly Message SiteOfKind = new("a {kind} site", "{kind} 사이트");

    /// <summary>init: an Astro site.</summary>
    public static readonly Message SiteAstro = new("an Astro site", "Astro 사이트");

    /// <summary>init: no site.</summary>
    public static readonly Message SiteNone = new("plain Markdown files", "일반 Markdown 파일");

    // baseline and --baseline.

    /// <summary>--baseline names a missing file.</summary>
    public static readonly Message BaselineMissing = new(
        "postlint: baseline file '{path}' does not exist; write it with 'postlint baseline'",
        "postlint: 기준선 파일 '{path}'{이} 없습니다. 'postlint baseline'으로 만드세요");

    /// <summary>The config's <c>baseline:</c> names a missing file.</summary>
    public static readonly Message BaselineMissingFromConfig = new(
        "postlint: baseline file '{path}' (named in the config) does not exist; write it with 'postlint baseline'",
        "postlint: 설정에 적은 기준선 파일 '{path}'{이} 없습니다. 'postlint baseline'으로 만드세요");

    /// <summary>A baseline that cannot be read.</summary>
    public static readonly Message BaselineUnreadable = new("postlint: cannot read baseline '{path}': {reason}", "postlint: 기준선 '{path}'{을} 읽을 수 없습니다: {reason}");

    /// <summary>--baseline: what it hid.</summary>
    public static readonly Message BaselineHidden = new("postlint: baseline '{path}': {hidden} hidden", "postlint: 기준선 '{path}': {hidden}{을} 숨겼습니다");

    /// <summary>--baseline: what it hid, and one entry that no longer occurs.</summary>
    public static readonly Message BaselineHiddenOneStale = new(
        "postlint: baseline '{path}': {hidden} hidden; {stale} no longer occurs (drop it with 'postlint baseline --prune')",
        "postlint: 기준선 '{path}': {hidden}{을} 숨겼습니다. {stale}{은} 더 이상 나오지 않습니다('postlint baseline --prune'으로 지우세요)");

    /// <summary>--baseline: what it hid, and entries that no longer occur.</summary>
    public static readonly Message BaselineHiddenStale = new(
        "postlint: baseline '{path}': {hidden} hidden; {stale} no longer occur (drop them with 'postlint baseline --prune')",
        "postlint: 기준선 '{path}': {hidden}{을} 숨겼습니다. {stale}{은} 더 이상 나오지 않습니다('postlint baseline --prune'으로 지우세요)");

    /// <summary>baseline --prune without a baseline.</summary>
    public static readonly Message BaselineNothingToPrune = new(
        "postlint: baseline file '{path}' does not exist; nothing to prune",
        "postlint: 기준선 파일 '{path}'{이} 없어 정리할 것이 없습니다");

    /// <summary>A baseline that cannot be written.</summary>
    public static readonly Message BaselineCannotWrite = new("postlint: cannot write baseline '{path}': {reason}", "postlint: 기준선 '{path}'에 쓸 수 없습니다: {reason}");

    /// <summary>baseline --prune: done, one entry dropped.</summary>
    public static readonly Message BaselinePrunedOne = new(
        "Pruned '{path}': dropped {removed} that no longer occurs, {left} left",
        "'{path}'{을} 정리했습니다. 더 이상 나오지 않는 {removed}{을} 지웠고 {left}개가 남았습니다");

    /// <summary>baseline --prune: done.</summary>
    public static readonly Message BaselinePruned = new(
        "Pruned '{path}': dropped {removed} that no longer occur, {left} left",
        "'{path}'{을} 정리했습니다. 더 이상 나오지 않는 {removed}{을} 지웠고 {left}개가 남았습니다");

    /// <summary>baseline: done.</summary>
    public static readonly Message BaselineWrote = new(
        "Wrote '{path}': {entries} ({added} added, {removed} removed)",
        "'{path}'{을} 썼습니다: {entries}(추가 {added}개, 삭제 {removed}개)");

    /// <summary>baseline: how to use the file written.</summary>
    public static readonly Message BaselineUse = new(
        "Use it with 'postlint --baseline {path}', or add 'baseline: {name}' to {config}",
        "'postlint --baseline {path}'{으로} 쓰거나, {config}에 'baseline: {name}'{을} 넣으세요");

    // --fix and --diff.

    /// <summary>A file with fixes that was left alone.</summary>
    public static readonly Message NotFixed = new("postlint: {path}: not fixed: {reason}", "postlint: {path}: 고치지 않았습니다: {reason}");

    /// <summary>--staged --fix: a file whose work tree differs from what is staged.</summary>
    public static readonly Message NotFixedUnstaged = new(
        "it has unstaged changes, and --staged --fix fixes a file only when the work tree holds what is staged; stage or stash those changes, then run it again",
        "스테이징하지 않은 변경이 있습니다. --staged --fix는 작업 트리가 스테이징한 내용과 같을 때만 파일을 고칩니다. 그 변경을 스테이징하거나 stash한 뒤 다시 실행하세요");

    /// <summary>--diff: nothing to change.</summary>
    public static readonly Message DiffNothing = new("postlint: --diff: nothing to fix", "postlint: --diff: 고칠 것이 없습니다");

    /// <summary>--diff: what the patch holds.</summary>
    public static readonly Message DiffWould = new("postlint: --diff: would fix {findings} in {files}", "postlint: --diff: {files}에서 {findings}{을} 고칠 수 있습니다");

    /// <summary>--fix: nothing changed.</summary>
    public static readonly Message FixedNothing = new("postlint: nothing fixed", "postlint: 고친 것이 없습니다");

    /// <summary>--fix: what changed.</summary>
    public static readonly Message Fixed = new("postlint: fixed {findings} in {files}", "postlint: {files}에서 {findings}{을} 고쳤습니다");

    /// <summary>--fix: unsafe fixes left.</summary>
    public static readonly Message UnsafeLeft = new(
        "postlint: {fixes} available with --unsafe-fixes (check them with --diff --unsafe-fixes first)",
        "postlint: --unsafe-fixes로 {fixes}{을} 더 적용할 수 있습니다(먼저 --diff --unsafe-fixes로 확인하세요)");

    /// <summary>--staged --fix: the fixed files were staged.</summary>
    public static readonly Message StagedFixed = new(
        "postlint: --staged --fix: the fixes are staged and in the work tree ({files})",
        "postlint: --staged --fix: 수정을 스테이징하고 작업 트리에도 반영했습니다({files})");

    /// <summary>--staged --fix: git failed.</summary>
    public static readonly Message StagedFixFailed = new("postlint: --staged --fix: {reason}", "postlint: --staged --fix: {reason}");

    /// <summary>--staged --fix outside a work tree.</summary>
    public static readonly Message StagedFixOutsideGit = new(
        "postlint: --staged --fix: not inside a git work tree",
        "postlint: --staged --fix: git 작업 트리 안이 아닙니다");

    // The --diff option's checks (System.CommandLine shows them as parse errors).

    /// <summary>--diff with --fix.</summary>
    public static readonly Message DiffWithFix = new(
        "--diff and --fix cannot be used together: --diff shows what --fix would write; run one, then the other",
        "--diff와 --fix는 함께 쓸 수 없습니다. --diff는 --fix가 쓸 내용을 보여 줍니다. 하나씩 실행하세요");

    /// <summary>--diff with a report format.</summary>
    public static readonly Message DiffWithFormat = new(
        "--diff prints a patch, not a {format} report: drop --format, or drop --diff",
        "--diff는 {format} 보고서가 아니라 패치를 출력합니다. --format이나 --diff 중 하나를 빼세요");

    /// <summary>--diff with --sarif-file.</summary>
    public static readonly Message DiffWithSarif = new(
        "--diff writes no report: drop --sarif-file, or drop --diff",
        "--diff는 보고서를 쓰지 않습니다. --sarif-file이나 --diff 중 하나를 빼세요");

    // The lint command.

    /// <summary>--config names a folder that holds a config.</summary>
    public static readonly Message ConfigIsFolder = new(
        "postlint: --config '{config}' is a folder; name the file: --config {file}",
        "postlint: --config '{config}'{은} 폴더입니다. 파일을 적으세요: --config {file}");

    /// <summary>--config names a folder without a config.</summary>
    public static readonly Message ConfigIsFolderWithout = new(
        "postlint: --config '{config}' is a folder, not a config file, and holds no {name}",
        "postlint: --config '{config}'{은} 설정 파일이 아니라 폴더이고, 그 안에 {name}{이} 없습니다");

    /// <summary>--site-root names a file.</summary>
    public static readonly Message SiteRootIsFile = new(
        "--site-root '{root}' is a file; give the site's folder (the one holding _config.yml, hugo.toml or astro.config.*)",
        "--site-root '{root}'{은} 파일입니다. 사이트 폴더(_config.yml, hugo.toml, astro.config.*가 있는 폴더)를 적으세요");

    /// <summary>--site-root names nothing.</summary>
    public static readonly Message SiteRootMissing = new("--site-root '{root}' does not exist", "--site-root '{root}'{이} 없습니다");

    /// <summary>An output that cannot be written; <c>{problem}</c> is one of the two below.</summary>
    public static readonly Message OutputProblem = new("{option}: cannot write '{path}': {problem}", "{option}: '{path}'에 쓸 수 없습니다: {problem}");

    /// <summary>The output is a folder.</summary>
    public static readonly Message OutputIsFolder = new("it is a folder", "폴더입니다");

    /// <summary>The output's folder does not exist.</summary>
    public static readonly Message OutputFolderMissing = new("the folder '{folder}' does not exist", "폴더 '{folder}'{이} 없습니다");

    /// <summary>'-' with other paths.</summary>
    public static readonly Message StdinNotAlone = new("'-' (standard input) must be the only path", "'-'(표준 입력)을 쓸 때는 다른 경로를 함께 적을 수 없습니다");

    /// <summary>'-' with an option that writes files.</summary>
    public static readonly Message StdinWrites = new(
        "'-' lints standard input and writes no file: it cannot be used with --staged, --fix, --diff or 'baseline'",
        "'-'(표준 입력)은 파일을 쓰지 않으므로 --staged, --fix, --diff, 'baseline'과 함께 쓸 수 없습니다");

    /// <summary>--stdin-filename without '-'.</summary>
    public static readonly Message StdinFilenameAlone = new(
        "--stdin-filename names the file standard input stands for; use it with '-' as the path",
        "--stdin-filename은 표준 입력이 대신하는 파일의 이름입니다. 경로를 '-'로 적을 때 함께 쓰세요");

    /// <summary>Standard input cannot be read.</summary>
    public static readonly Message StdinUnreadable = new("postlint: cannot read standard input: {reason}", "postlint: 표준 입력을 읽을 수 없습니다: {reason}");

    /// <summary>No Markdown file was found.</summary>
    public static readonly Message NoFiles = new("postlint: no Markdown files to check under '{where}'", "postlint: '{where}' 아래에 검사할 Markdown 파일이 없습니다");

    /// <summary>No Markdown file was found, with the config's include.</summary>
    public static readonly Message NoFilesIncluded = new(
        "postlint: no Markdown files to check under '{where}' ({config}'s include: {globs})",
        "postlint: '{where}' 아래에 검사할 Markdown 파일이 없습니다({config}의 include: {globs})");

    /// <summary>Several configs apply; <c>{list}</c> joins <see cref="ConfigUse"/> items.</summary>
    public static readonly Message ConfigsApply = new(
        "postlint: {count} configs apply, each to the files below it: {list}",
        "postlint: 설정 {count}개가 각각 그 아래의 파일에 적용됩니다: {list}");

    /// <summary>One config of <see cref="ConfigsApply"/> and how many files it applies to.</summary>
    public static readonly Message ConfigUse = new("{config} ({files})", "{config}({files})");

    /// <summary>Files that no config applies to.</summary>
    public static readonly Message ConfigDefaults = new("defaults (no .postlint.yml)", ".postlint.yml 없는 기본값");
}
