using PostLint.Cli.Commands;
using PostLint.Localization;
using PostLint.Sites;
using PostLint.Tests.Infrastructure;

namespace PostLint.Tests.Localization;

/// <summary>
/// The commands' own words in Korean, exactly: install-hook and uninstall-hook (and the hook script), init, baseline,
/// --fix and --diff, the lint command's notes and usage errors, lsp. The English words stay as the other CLI tests pin them.
/// </summary>
public class KoreanCommandTests
{
    private static readonly Dictionary<string, string> Korean = new() { ["LANG"] = "ko_KR.UTF-8", ["POSTLINT_NOW"] = "2025-03-10T12:00:00+09:00" };

    private const string PostPath = "_posts/2025-03-01-post.md";

    // A placeholder date (an unsafe fix) and an empty date.
    private const string Post = "---\ntitle: \"컨테이너와 VM의 이해\"\nlast_modified_at: YYYY-MM-DD\nupdated:\n---\n\n## 개요\n본문입니다.\n";

    // Only the placeholder date, fixed with --unsafe-fixes.
    private const string FixPost = "---\ntitle: \"컨테이너와 VM\"\nlast_modified_at: YYYY-MM-DD\n---\n\n## 개요\n본문입니다.\n";

    private static CliResult Run(TempSite site, params string[] args) => CliRunner.Run(site.Root, Korean, false, args);

    [Fact]
    public void Install_hook_and_uninstall_hook_in_korean()
    {
        using var site = new TempSite();
        GitCli.Init(site);
        var install = Run(site, "install-hook");
        Assert.Equal(0, install.ExitCode);
        Assert.Equal(".git/hooks/pre-commit을 설치했습니다. 커밋할 때마다 'postlint --staged'를 실행합니다\n", install.Out);

        var hook = File.ReadAllText(Path.Combine(site.Root, ".git", "hooks", "pre-commit"));
        Assert.Equal(HookCommand.ScriptIn(Language.Korean), hook);
        Assert.StartsWith("#!/bin/sh\n" + HookCommand.Marker + "\n# 스테이징한 Markdown 파일을 커밋할 내용 그대로 검사합니다. 한 번 건너뛰려면 `git commit --no-verify`를 쓰세요.\n", hook, StringComparison.Ordinal);
        Assert.Contains(
            "echo \"postlint: 명령을 찾을 수 없어 스테이징한 Markdown 파일을 검사하지 못했습니다.\" >&2\n" +
            "echo \"'dotnet tool install --global PostLint'로 설치하거나, 'git commit --no-verify'로 이번만 검사 없이 커밋하거나,\" >&2\n" +
            "echo \"이 훅을 지우세요: rm \\\"$0\\\"\" >&2\n",
            hook,
            StringComparison.Ordinal);

        var uninstall = Run(site, "uninstall-hook");
        Assert.Equal(0, uninstall.ExitCode);
        Assert.Equal(".git/hooks/pre-commit을 지웠습니다\n", uninstall.Out);
        Assert.Equal(".git/hooks/pre-commit에 pre-commit 훅이 없어 지울 것이 없습니다\n", Run(site, "uninstall-hook").Out);

        site.Write(".git/hooks/pre-commit", "#!/bin/sh\necho 'my own checks'\n");
        var foreign = Run(site, "install-hook");
        Assert.Equal(2, foreign.ExitCode);
        Assert.Equal(
            "postlint: .git/hooks/pre-commit은 postlint가 쓴 훅이 아니라서 바꾸지 않았습니다. 바꾸려면 --force를 쓰세요(기존 훅은 pre-commit.postlint-backup으로 보관합니다)\n",
            foreign.Error);
        Assert.Equal("postlint: .git/hooks/pre-commit은 postlint가 쓴 훅이 아니라서 그대로 두었습니다\n", Run(site, "uninstall-hook").Error);

        var forced = Run(site, "install-hook", "--force");
        Assert.Equal(0, forced.ExitCode);
        Assert.Equal(
            "기존 훅을 .git/hooks/pre-commit.postlint-backup으로 보관했습니다\n.git/hooks/pre-commit을 설치했습니다. 커밋할 때마다 'postlint --staged'를 실행합니다\n",
            forced.Out);
        Assert.Equal(".git/hooks/pre-commit을 지웠습니다\n.git/hooks/pre-commit.postlint-backup에서 기존 훅을 되살렸습니다\n", Run(site, "uninstall-hook").Out);
    }

    [Fact]
    public void The_english_hook_is_the_english_script()
    {
        using var site = new TempSite();
        GitCli.Init(site);
        Assert.Equal(0, CliRunner.Run(site.Root, Korean, false, "install-hook", "--lang", "en").ExitCode);
        Assert.Equal(HookCommand.Script, File.ReadAllText(Path.Combine(site.Root, ".git", "hooks", "pre-commit")));
        Assert.Contains("echo \"postlint: command not found, so the staged Markdown files were not checked.\" >&2\n", HookCommand.Script, StringComparison.Ordinal);
    }

    [Fact]
    public void Init_in_korean_writes_a_korean_commented_config_that_lints()
    {
        using var site = new TempSite();
        var init = Run(site, "init");
        Assert.Equal(0, init.ExitCode);
        Assert.Equal("Jekyll 사이트에 맞는 .postlint.yml을 썼습니다\n", init.Out);
        var config = File.ReadAllText(Path.Combine(site.Root, ".postlint.yml"));
        Assert.StartsWith("# Jekyll 사이트에 맞는 PostLint 설정입니다.\n# 모든 키는 생략할 수 있습니다.", config, StringComparison.Ordinal);
        Assert.Contains("include:\n  - \"_posts/**/*\"\n  - \"_drafts/**/*\"\n  - \"_pages/**/*\"\n# 검사하지 않을 파일입니다.\n", config, StringComparison.Ordinal);
        Assert.EndsWith("# lang: ko\n", config, StringComparison.Ordinal);

        // Only the comments differ from the English config: the same keys and values.
        Assert.Equal(Keys(InitCommand.Template(SiteKind.Jekyll, Language.English)), Keys(config));
        site.Write(PostPath, Post);
        var lint = Run(site);
        Assert.Equal("", lint.Error);
        Assert.Equal(1, lint.ExitCode);

        var again = Run(site, "init");
        Assert.Equal(2, again.ExitCode);
        Assert.Equal("postlint: .postlint.yml이 이미 있어 덮어쓰지 않았습니다\n", again.Error);

        using var hugo = new TempSite("hugo");
        Directory.CreateDirectory(Path.Combine(hugo.Root, "content", "posts"));
        var inside = CliRunner.Run(Path.Combine(hugo.Root, "content", "posts"), Korean, false, "init");
        Assert.Equal(
            "postlint: 경고: 이 폴더는 '../..'에 있는 Hugo 사이트 안에 있습니다. 설정 파일을 그 폴더에 두면 사이트 전체에 적용됩니다(그 폴더에서 'postlint init')\n",
            inside.Error);
        Assert.Equal("일반 Markdown 파일에 맞는 .postlint.yml을 썼습니다\n", inside.Out);
    }

    private static string Keys(string yaml) =>
        string.Join('\n', yaml.Split('\n').Where(l => l.Length > 0 && !l.TrimStart().StartsWith('#')));

    [Fact]
    public void Baseline_in_korean()
    {
        using var site = new TempSite();
        site.Write(PostPath, Post);
        var write = Run(site, "baseline");
        Assert.Equal(0, write.ExitCode);
        Assert.Equal(
            "'.postlint-baseline.json'을 썼습니다: 항목 2개(추가 2개, 삭제 0개)\n" +
            "'postlint --baseline .postlint-baseline.json'으로 쓰거나, .postlint.yml에 'baseline: .postlint-baseline.json'을 넣으세요\n",
            write.Out);

        var hidden = Run(site, "--baseline", ".postlint-baseline.json");
        Assert.Equal(0, hidden.ExitCode);
        Assert.Equal("postlint: 기준선 '.postlint-baseline.json': 문제 2개를 숨겼습니다\n", hidden.Error);

        site.Write(PostPath, Post.Replace("updated:\n", "", StringComparison.Ordinal));
        var stale = Run(site, "--baseline", ".postlint-baseline.json");
        Assert.Equal(
            "postlint: 기준선 '.postlint-baseline.json': 문제 1개를 숨겼습니다. 항목 1개는 더 이상 나오지 않습니다('postlint baseline --prune'으로 지우세요)\n",
            stale.Error);
        var prune = Run(site, "baseline", "--prune");
        Assert.Equal("'.postlint-baseline.json'을 정리했습니다. 더 이상 나오지 않는 항목 1개를 지웠고 1개가 남았습니다\n", prune.Out.Split('\n')[0] + "\n");

        var missing = Run(site, "--baseline", "없는.json");
        Assert.Equal(2, missing.ExitCode);
        Assert.Equal("postlint: 기준선 파일 '없는.json'이 없습니다. 'postlint baseline'으로 만드세요\n", missing.Error);

        site.Write("broken.json", "{\"version\": 2, \"entries\": []}");
        Assert.Equal("postlint: 기준선 'broken.json'을 읽을 수 없습니다: 'version'은 1이어야 합니다\n", Run(site, "--baseline", "broken.json").Error);
        Assert.Equal("postlint: cannot read baseline 'broken.json': 'version' must be 1\n", Run(site, "--baseline", "broken.json", "--lang", "en").Error);
    }

    [Fact]
    public void Fix_and_diff_in_korean()
    {
        using var site = new TempSite();
        var path = site.Write(PostPath, FixPost);
        var diff = Run(site, "--diff", "--unsafe-fixes");
        Assert.Equal(1, diff.ExitCode);
        Assert.Equal("postlint: --diff: 파일 1개에서 문제 1개를 고칠 수 있습니다\n", diff.Error);

        var safeOnly = Run(site, "--fix");
        Assert.Equal(
            "postlint: 고친 것이 없습니다\npostlint: --unsafe-fixes로 수정 1개를 더 적용할 수 있습니다(먼저 --diff --unsafe-fixes로 확인하세요)\n",
            safeOnly.Error);

        var fix = Run(site, "--fix", "--unsafe-fixes");
        Assert.Equal("postlint: 파일 1개에서 문제 1개를 고쳤습니다\n", fix.Error);
        Assert.Contains("last_modified_at: 2025-03-01\n", File.ReadAllText(path), StringComparison.Ordinal);
        Assert.Equal("postlint: --diff: 고칠 것이 없습니다\n", Run(site, "--diff").Error);

        if (!OperatingSystem.IsWindows())
        {
            site.Write(PostPath, FixPost);
            File.SetUnixFileMode(path, UnixFileMode.UserRead);
            try
            {
                var readOnly = Run(site, "--fix", "--unsafe-fixes", "--quiet");
                Assert.Equal($"postlint: {PostPath}: 고치지 않았습니다: 읽기 전용 파일입니다\n", readOnly.Error);
            }
            finally
            {
                File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
            }
        }

        var usage = Run(site, "--diff", "--fix");
        Assert.Equal(2, usage.ExitCode);
        Assert.Equal("postlint: --diff와 --fix는 함께 쓸 수 없습니다. --diff는 --fix가 쓸 내용을 보여 줍니다. 하나씩 실행하세요\n사용법은 'postlint --help'로 확인하세요.\n", usage.Error);
        Assert.Equal(
            "postlint: --diff는 json 보고서가 아니라 패치를 출력합니다. --format이나 --diff 중 하나를 빼세요\n사용법은 'postlint --help'로 확인하세요.\n",
            Run(site, "--diff", "--format", "json").Error);
    }

    [Fact]
    public void Lint_notes_and_usage_errors_in_korean()
    {
        using var site = new TempSite();
        site.Write(PostPath, Post);
        site.Write("notes.txt", "메모\n");
        site.Write("blog/.postlint.yml", "rules:\n  placeholder-date: info\n");
        site.Write("blog/a.md", Post);

        var skipped = Run(site, "notes.txt");
        Assert.Equal(
            "postlint: 'notes.txt'는 Markdown 파일(.md, .markdown, .mdown, .mkdn, .mkd, .mkdown, .mdwn)이 아니라서 건너뛰었습니다. .txt 파일을 Markdown으로 검사하려면 설정의 include에 \"**/*.txt\"를 넣으세요\n",
            skipped.Error);

        var two = Run(site, "--select", "PL201");
        Assert.Equal("postlint: 설정 2개가 각각 그 아래의 파일에 적용됩니다: .postlint.yml 없는 기본값(파일 1개), blog/.postlint.yml(파일 1개)\n", two.Error);

        Assert.Equal("postlint: '-'(표준 입력)을 쓸 때는 다른 경로를 함께 적을 수 없습니다\n", Run(site, "-", PostPath).Error);
        Assert.Equal("postlint: --stdin-filename은 표준 입력이 대신하는 파일의 이름입니다. 경로를 '-'로 적을 때 함께 쓰세요\n", Run(site, PostPath, "--stdin-filename", "a.md").Error);
        Assert.Equal("postlint: --site-root '없는-폴더'가 없습니다\n", Run(site, "--site-root", "없는-폴더").Error);
        Assert.Equal("postlint: --output: '없는/report.txt'에 쓸 수 없습니다: 폴더 '없는'이 없습니다\n", Run(site, "--output", "없는/report.txt").Error);
        Assert.Equal("postlint: --config 'blog'는 폴더입니다. 파일을 적으세요: --config blog/.postlint.yml\n", Run(site, "--config", "blog").Error);

        using var empty = new TempSite();
        Directory.CreateDirectory(Path.Combine(empty.Root, "drafts"));
        Assert.Equal("postlint: 'drafts' 아래에 검사할 Markdown 파일이 없습니다\n", CliRunner.Run(empty.Root, Korean, false, "drafts").Error);
    }

    public static TheoryData<string> Subcommands() => ["rules", "explain", "init", "baseline", "install-hook", "uninstall-hook", "lsp"];

    [Theory]
    [MemberData(nameof(Subcommands))]
    public void Subcommand_help_in_korean(string command) =>
        SnapshotFile.Match($"tests/PostLint.Tests/Localization/Snapshots/help.{command}.ko.txt", CliRunner.Run(Path.GetTempPath(), Korean, false, command, "--help").Out);

    /// <summary>Every usage and config error a user can meet before linting, in Korean, in one reviewed file.</summary>
    [Fact]
    public void Usage_errors_in_korean_snapshot()
    {
        using var site = new TempSite();
        site.Write(PostPath, FixPost);
        site.Write("notes.txt", "메모\n");
        site.Write("blog/.postlint.yml", "rules:\n  placeholder-date: info\n");
        Directory.CreateDirectory(Path.Combine(site.Root, "empty"));
        string[][] cases =
        [
            ["--format", "xml"], ["explain"], ["explain", "PL999"], ["explain", "placeholder-dat"], ["--unsafe-fixes"], ["--diff", "--fix"],
            ["--diff", "--format", "json"], ["--diff", "--sarif-file", "x.sarif"], ["--no-such-option"], ["--lang", "jp"], ["--fail-level", "loud"],
            ["nowhere/*.md"], ["--config", "missing.yml"], ["--config", "blog"], ["--config", "empty"], ["--site-root", "missing"],
            ["--site-root", PostPath], ["--output", "missing/report.txt"], ["--sarif-file", "empty"], ["-", PostPath], ["-", "--fix"],
            [PostPath, "--stdin-filename", "b.md"], ["--baseline", "nope.json"], ["baseline", "--prune"], ["--select", ""], ["--select", "PL999"],
            ["notes.txt"], ["empty"],
        ];
        var sb = new System.Text.StringBuilder();
        foreach (var args in cases)
        {
            var result = Run(site, args);
            sb.Append("$ postlint ").AppendJoin(' ', args.Select(a => a.Length == 0 ? "\"\"" : a)).Append('\n');
            sb.Append(result.Error).Append("(exit ").Append(result.ExitCode).Append(")\n\n");
        }

        SnapshotFile.Match("tests/PostLint.Tests/Localization/Snapshots/errors.ko.txt", sb.ToString());
    }

    [Fact]
    public void Lsp_refuses_a_bad_clock_in_korean()
    {
        var result = CliRunner.Run(Path.GetTempPath(), new Dictionary<string, string> { ["LANG"] = "ko_KR.UTF-8", ["POSTLINT_NOW"] = "내일" }, false, "lsp");
        Assert.Equal(2, result.ExitCode);
        Assert.Equal("postlint: POSTLINT_NOW 값 '내일'은 ISO 8601 날짜·시각이 아닙니다. 2025-06-01T12:00:00+09:00처럼 쓰세요\n", result.Error);
    }
}
