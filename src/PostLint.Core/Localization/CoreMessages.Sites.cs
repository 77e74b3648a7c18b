namespace PostLint.Localization;

/// <summary>The catalog's part for site-config-unreadable (PL008): what PostLint could not read in a generator's config and what it did instead.</summary>
public static partial class CoreMessages
{
    /// <summary>The generator's config cannot be read.</summary>
    public static readonly Message SiteConfigUnreadable = new(
        "cannot read {file}: {reason}; PostLint used the generator's defaults",
        "{file}{을} 읽을 수 없습니다: {reason}. PostLint는 생성기의 기본값을 썼습니다");

    /// <summary>A TOML or JSON config that does not parse; <c>{reason}</c> is the reader's.</summary>
    public static readonly Message SiteConfigInvalid = new(
        "{file} is not valid {syntax}: {reason}; the generator stops on it, and PostLint used its defaults",
        "{file}{은} 올바른 {syntax}{이} 아닙니다: {reason}. 생성기는 여기서 멈추고, PostLint는 기본값을 썼습니다");

    /// <summary>A YAML config that cannot be read past a point.</summary>
    public static readonly Message SiteConfigCutOff = new(
        "{file} cannot be read from here on ({reason}); the generator stops on it, and PostLint ignored the rest of the file",
        "{file}{은} 여기부터 읽을 수 없습니다({reason}). 생성기는 여기서 멈추고, PostLint는 파일의 나머지를 무시했습니다");

    /// <summary>A YAML config line that PostLint skipped.</summary>
    public static readonly Message SiteConfigLine = new(
        "{file} is not valid YAML here ({reason}); PostLint ignored '{line}' and read the rest, but the generator may stop on it",
        "{file}의 이 줄은 올바른 YAML이 아닙니다({reason}). PostLint는 '{line}'{을} 건너뛰고 나머지를 읽었지만, 생성기는 여기서 멈출 수 있습니다");

    /// <summary>Hugo's baseURL is not absolute.</summary>
    public static readonly Message HugoBaseUrl = new(
        "baseURL '{value}' is not an absolute URL such as https://example.org/blog/; PostLint assumed the site is served from /",
        "baseURL '{value}'{은} https://example.org/blog/ 같은 절대 URL이 아닙니다. PostLint는 사이트가 /에서 제공된다고 보았습니다");

    /// <summary>Astro's config cannot be read.</summary>
    public static readonly Message AstroConfigUnreadable = new(
        "cannot read {file}: {reason}; PostLint used Astro's defaults",
        "{file}{을} 읽을 수 없습니다: {reason}. PostLint는 Astro의 기본값을 썼습니다");

    /// <summary>An Astro setting computed by code; <c>{assumed}</c> is one of the three below.</summary>
    public static readonly Message AstroByCode = new(
        "{key} is set by code PostLint does not run ({code}); PostLint assumed {assumed}: write it as a string to have it checked",
        "{key}{은} PostLint가 실행하지 않는 코드로 정해집니다({code}). PostLint는 {assumed}{으로} 보았습니다. 검사하려면 문자열로 쓰세요");

    /// <summary>Astro: no base.</summary>
    public static readonly Message AstroNoBase = new("no base", "base 없음");

    /// <summary>Astro: no site URL.</summary>
    public static readonly Message AstroNoSite = new("no site URL", "사이트 URL 없음");

    /// <summary>Astro: its default.</summary>
    public static readonly Message AstroDefault = new("Astro's default", "Astro의 기본값");
}
