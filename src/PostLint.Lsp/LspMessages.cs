using PostLint.Localization;

namespace PostLint.Lsp;

/// <summary>
/// The language server's words the editor shows: the titles of the disable actions and the mark of an unsafe fix.
/// Its log lines (standard error, for bug reports) and its protocol errors (for the client program) stay English.
/// </summary>
public static class LspMessages
{
    /// <summary>The action that suppresses a rule on one line.</summary>
    public static readonly Message DisableLine = new("Disable {name} for this line", "이 줄에서 {name}{을} 끄세요");

    /// <summary>The action that suppresses a rule in the whole file.</summary>
    public static readonly Message DisableFile = new("Disable {name} for this file", "이 파일에서 {name}{을} 끄세요");

    /// <summary>The title of a fix that may change meaning.</summary>
    public static readonly Message UnsafeFix = new("{title} (unsafe: check the result)", "{title} (안전하지 않은 수정: 결과를 확인하세요)");
}
