namespace PostLint.Localization;

/// <summary>The languages PostLint speaks: every message, help text and rule doc exists in both.</summary>
public enum Language
{
    /// <summary>English (<c>en</c>), the default.</summary>
    English,

    /// <summary>Korean (<c>ko</c>).</summary>
    Korean,
}

/// <summary>Language codes as written in <c>--lang</c> and <c>lang:</c>, and the choice from the locale variables.</summary>
public static class Languages
{
    /// <summary>The codes <c>--lang</c> and <c>lang:</c> accept.</summary>
    public static readonly IReadOnlyList<string> Codes = ["en", "ko"];

    /// <summary>The code of a language: <c>en</c> or <c>ko</c>.</summary>
    public static string ToCode(this Language language) => language == Language.Korean ? "ko" : "en";

    /// <summary>Reads <c>en</c> or <c>ko</c> (any case, surrounding white space ignored).</summary>
    public static bool TryParse(string? code, out Language language)
    {
        switch (code?.Trim().ToLowerInvariant())
        {
            case "en":
                language = Language.English;
                return true;
            case "ko":
                language = Language.Korean;
                return true;
            default:
                language = Language.English;
                return false;
        }
    }

    /// <summary>
    /// The language of the POSIX locale: the first of <c>LC_ALL</c>, <c>LC_MESSAGES</c> and <c>LANG</c> that is set
    /// and not empty decides (as setlocale does); Korean when it names Korean (<c>ko_KR.UTF-8</c>, <c>ko</c>), else English.
    /// </summary>
    public static Language FromLocale(Func<string, string?> environment)
    {
        foreach (var name in (ReadOnlySpan<string>)["LC_ALL", "LC_MESSAGES", "LANG"])
        {
            var value = environment(name);
            if (!string.IsNullOrEmpty(value))
            {
                return IsKoreanLocale(value) ? Language.Korean : Language.English;
            }
        }

        return Language.English;
    }

    private static bool IsKoreanLocale(string value) =>
        value.StartsWith("ko", StringComparison.OrdinalIgnoreCase) && (value.Length == 2 || value[2] is '_' or '-' or '.' or '@');
}
