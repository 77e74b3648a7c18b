namespace PostLint.Localization;

/// <summary>The catalog's part for files: why a fix was not written, baseline file errors, and the notes of file discovery.</summary>
public static partial class CoreMessages
{
    // Why a file with fixes was left alone.

    /// <summary>The file cannot be read again before fixing.</summary>
    public static readonly Message FixCannotReadAgain = new("cannot read the file again: {reason}", "파일을 다시 읽을 수 없습니다: {reason}");

    /// <summary>Fixing would write text that is not Unicode.</summary>
    public static readonly Message FixNotUnicode = new("a fix would leave text that is not valid Unicode", "수정하면 올바른 유니코드가 아닌 텍스트가 남습니다");

    /// <summary>A file that is not UTF-8 is not fixed.</summary>
    public static readonly Message FixNotUtf8 = new("the file is not valid UTF-8", "파일이 올바른 UTF-8이 아닙니다");

    /// <summary>A file whose front matter is not closed is not fixed.</summary>
    public static readonly Message FixFrontMatterOpen = new("the front matter has no closing '---' line", "front matter를 닫는 '---' 줄이 없습니다");

    /// <summary>A file whose front matter is not YAML is not fixed.</summary>
    public static readonly Message FixFrontMatterInvalid = new("the front matter is not valid YAML", "front matter가 올바른 YAML이 아닙니다");

    /// <summary>The file changed between the lint and the write.</summary>
    public static readonly Message WriteChanged = new("the file changed on disk after it was read", "파일을 읽은 뒤 디스크에서 파일이 바뀌었습니다");

    /// <summary>The file cannot be read again just before the write.</summary>
    public static readonly Message WriteCannotReadAgain = new("the file cannot be read again: {reason}", "파일을 다시 읽을 수 없습니다: {reason}");

    /// <summary>The file is read-only.</summary>
    public static readonly Message WriteReadOnly = new("the file is read-only", "읽기 전용 파일입니다");

    /// <summary>The file's permissions cannot be read.</summary>
    public static readonly Message WritePermissions = new("cannot read the file's permissions: {reason}", "파일 권한을 읽을 수 없습니다: {reason}");

    /// <summary>The write failed.</summary>
    public static readonly Message WriteFailed = new("cannot write the file: {reason}", "파일을 쓸 수 없습니다: {reason}");

    // A baseline file that is not one.

    /// <summary>Not JSON; <c>{reason}</c> is the JSON reader's own (English) reason.</summary>
    public static readonly Message BaselineNotJson = new("not valid JSON: {reason}", "올바른 JSON이 아닙니다: {reason}");

    /// <summary>Not an object.</summary>
    public static readonly Message BaselineNotObject = new(
        "expected a JSON object with 'version' and 'entries'",
        "'version'과 'entries'가 있는 JSON 객체여야 합니다");

    /// <summary>Another version.</summary>
    public static readonly Message BaselineVersion = new("'version' must be {version}", "'version'은 {version}{이어야} 합니다");

    /// <summary>No entries array.</summary>
    public static readonly Message BaselineEntries = new("'entries' must be an array", "'entries'는 배열이어야 합니다");

    /// <summary>An entry without a required field.</summary>
    public static readonly Message BaselineEntryField = new("entry {index} has no '{name}' string", "{index}번째 항목에 문자열 '{name}'{이} 없습니다");

    // Notes of file discovery: named files and globs left out on purpose.

    /// <summary>A named file that is not Markdown.</summary>
    public static readonly Message SkippedNotMarkdown = new(
        "skipped '{path}': not a Markdown file ({extensions})",
        "'{path}'{은} Markdown 파일({extensions})이 아니라서 건너뛰었습니다");

    /// <summary>A named file that is not Markdown, with an extension that the config could include.</summary>
    public static readonly Message SkippedNotMarkdownInclude = new(
        "skipped '{path}': not a Markdown file ({extensions}); to lint {extension} files as Markdown, add \"**/*{extension}\" to the config's include",
        "'{path}'{은} Markdown 파일({extensions})이 아니라서 건너뛰었습니다. {extension} 파일을 Markdown으로 검사하려면 설정의 include에 \"**/*{extension}\"{을} 넣으세요");

    /// <summary>A named file left out by the config (<c>--force-exclude</c>).</summary>
    public static readonly Message SkippedExcluded = new(
        "skipped '{path}': the config's include/exclude leave it out (--force-exclude)",
        "'{path}'{은} 설정의 include/exclude에서 빠져 건너뛰었습니다(--force-exclude)");

    /// <summary>A glob whose every file the config leaves out; <c>{files}</c> is <see cref="MarkdownFiles"/> or <see cref="OneMarkdownFile"/>.</summary>
    public static readonly Message GlobExcluded = new(
        "'{glob}' matches {files} that the config's include/exclude leave out",
        "'{glob}'에 맞는 {files}{이} 모두 설정의 include/exclude에서 빠집니다");

    /// <summary>Markdown files.</summary>
    public static readonly Message MarkdownFiles = new("{n} Markdown files", "Markdown 파일 {n}개");

    /// <summary>One Markdown file.</summary>
    public static readonly Message OneMarkdownFile = new("{n} Markdown file", "Markdown 파일 {n}개");
}

/// <summary>A <see cref="FormatException"/> whose message is in the catalog: <see cref="Exception.Message"/> is its English text.</summary>
/// <param name="text">The message in every language.</param>
/// <param name="inner">The exception that caused it, if any.</param>
public sealed class LocalizedFormatException(Localized text, Exception? inner = null) : FormatException(text.ToString(), inner)
{
    /// <summary>The message in every language.</summary>
    public Localized Text { get; } = text;

    /// <summary>The message of <paramref name="ex"/> in <paramref name="language"/> when it is a catalog message, else its own (English) message.</summary>
    public static string MessageOf(Exception ex, Language language) => ex is LocalizedFormatException l ? l.Text.In(language) : ex.Message;
}
