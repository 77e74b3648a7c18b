namespace PostLint.Localization;

/// <summary>
/// Korean particles that agree with the word before them: 은/는, 이/가, 을/를, 과/와, 이나/나, 이라/라 by whether the
/// word's last sound has a final consonant (받침), and 으로/로 by whether that consonant is other than ㄹ. The last
/// sound is read as a Korean reader says the word: Hangul as written, digits in Sino-Korean (<c>1</c> 일, <c>10</c>
/// 십, <c>100</c> 백), an initialism letter by letter (<c>URL</c> 유알엘, <c>PNG</c> 피엔지), a Latin word as its usual
/// Korean spelling (<c>GitHub</c> 깃허브, <c>YAML</c> 야믈, <c>commit</c> 커밋). Closing quotes and brackets after the
/// word are skipped. When the sound cannot be told (no letter or digit, Han characters), both forms are written: 은(는).
/// </summary>
public static class KoreanParticles
{
    // Each particle as (form after a final consonant, form after a vowel); 으로/로 is handled apart.
    private static readonly (string Consonant, string Vowel)[] Pairs =
    [
        ("은", "는"), ("이", "가"), ("을", "를"), ("과", "와"), ("이나", "나"), ("이라", "라"), ("이에요", "예요"), ("이어야", "여야"), ("아", "야"),
    ];

    private enum Final
    {
        Unknown,
        None,
        Rieul,
        Other,
    }

    /// <summary>Whether <paramref name="particle"/> is one of the particles this class chooses (either form).</summary>
    public static bool IsParticle(string particle) =>
        particle is "으로" or "로" || Array.Exists(Pairs, p => p.Consonant == particle || p.Vowel == particle);

    /// <summary>The form of <paramref name="particle"/> (either form may be given: 은 or 는) that agrees with <paramref name="word"/>.</summary>
    public static string After(string word, string particle)
    {
        var final = FinalOf(word);
        if (particle is "으로" or "로")
        {
            return final switch
            {
                Final.Unknown => "(으)로",
                Final.Other => "으로",
                _ => "로",
            };
        }

        foreach (var (consonant, vowel) in Pairs)
        {
            if (particle == consonant || particle == vowel)
            {
                return final switch
                {
                    Final.Unknown => $"{consonant}({vowel})",
                    Final.None => vowel,
                    _ => consonant,
                };
            }
        }

        return particle;
    }

    /// <summary><paramref name="word"/> followed by the agreeing form of <paramref name="particle"/>.</summary>
    public static string Attach(string word, string particle) => word + After(word, particle);

    /// <summary>
    /// Whether the last sound of <paramref name="word"/> ends in a final consonant: true or false, null when it
    /// cannot be told.
    /// </summary>
    public static bool? HasFinalConsonant(string word) => FinalOf(word) switch
    {
        Final.Unknown => null,
        Final.None => false,
        _ => true,
    };

    private static Final FinalOf(string word)
    {
        var end = word.Length;
        while (end > 0 && !char.IsLetterOrDigit(word[end - 1]))
        {
            end--;
        }

        if (end == 0)
        {
            return Final.Unknown;
        }

        var last = word[end - 1];
        if (last is >= '가' and <= '힣')
        {
            var jong = (last - '가') % 28;
            return jong == 0 ? Final.None : jong == 8 ? Final.Rieul : Final.Other;
        }

        if (last is >= 'ㄱ' and <= 'ㅎ')
        {
            // A consonant letter is read by its name: ㄱ 기역, ㄹ 리을, ㅋ 키읔; every name ends in a consonant.
            return last == 'ㄹ' ? Final.Rieul : Final.Other;
        }

        if (last is >= 'ㅏ' and <= 'ㅣ')
        {
            return Final.None; // ㅏ 아, ㅗ 오
        }

        if (char.IsAsciiDigit(last))
        {
            return OfNumber(word.AsSpan(0, end));
        }

        if (char.IsAsciiLetter(last))
        {
            var start = end;
            while (start > 0 && char.IsAsciiLetter(word[start - 1]))
            {
                start--;
            }

            return OfLatin(word[start..end]);
        }

        return Final.Unknown;
    }

    private static Final OfNumber(ReadOnlySpan<char> text)
    {
        // Trailing zeros are read as a unit: 10 십, 100 백, 1000 천, 10000 만, 0 영; all end in a consonant.
        return text[^1] == '0' ? Final.Other : OfDigit(text[^1]);
    }

    // 일 이 삼 사 오 육 칠 팔 구
    private static Final OfDigit(char digit) => digit switch
    {
        '1' or '7' or '8' => Final.Rieul,
        '3' or '6' => Final.Other,
        _ => Final.None,
    };

    private static readonly Dictionary<string, Final> Exceptions = new(StringComparer.OrdinalIgnoreCase)
    {
        ["net"] = Final.Other, // 닷넷
        ["web"] = Final.Other, // 웹
        ["bit"] = Final.None, // 비트
        ["hub"] = Final.None, // 깃허브
        ["check"] = Final.None, // 체크
        ["theme"] = Final.None, // 테마
        ["type"] = Final.Other, // 타입
    };

    private static Final OfLatin(string word)
    {
        var lower = word.ToLowerInvariant();
        foreach (var (tail, final) in Exceptions)
        {
            if (lower.EndsWith(tail, StringComparison.Ordinal) && (lower.Length == tail.Length || tail.Length >= 4 || IsCamelBoundary(word, word.Length - tail.Length)))
            {
                return final;
            }
        }

        var upper = word.All(char.IsAsciiLetterUpper);
        var hasVowel = lower.AsSpan().IndexOfAny("aeiou") >= 0;
        if (!hasVowel || (upper && word.Length <= 3))
        {
            return OfLetterName(lower[^1]); // spelled out: URL 유알엘, PNG 피엔지, API 에이피아이
        }

        return OfEnglishWord(lower);
    }

    private static bool IsCamelBoundary(string word, int index) => index > 0 && char.IsAsciiLetterUpper(word[index]) && char.IsAsciiLetterLower(word[index - 1]);

    // Letter names: 엘 ㄹ, 알 ㄹ, 엠 ㅁ, 엔 ㄴ; the others (에이, 비, 씨, ..., 제트 aside) end in a vowel.
    private static Final OfLetterName(char letter) => letter switch
    {
        'l' or 'r' => Final.Rieul,
        'm' or 'n' => Final.Other,
        _ => Final.None,
    };

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u';

    private static Final OfEnglishWord(string w)
    {
        var n = w.Length;
        var last = w[n - 1];
        var before = n >= 2 ? w[n - 2] : '\0';
        var third = n >= 3 ? w[n - 3] : '\0';
        switch (last)
        {
            case 'l':
                return Final.Rieul; // YAML 야믈, tool 툴, Jekyll 지킬
            case 'm':
            case 'n':
                return Final.Other; // system 시스템, JSON 제이슨; -ng 스트링
            case 'e':
                // A silent e: -le 틀/블, -me 임, -ne 인, else a vowel (site 사이트, make 메이크, image 이미지)
                if (before == 'l')
                {
                    return Final.Rieul;
                }

                if (before is 'm' or 'n' && IsVowel(third))
                {
                    return Final.Other;
                }

                return Final.None;
            case 'k':
                // back 백, block 블록, book 북; link 링크, task 태스크
                return before == 'c' || IsVowel(before) ? Final.Other : Final.None;
            case 'c':
                return IsVowel(before) ? Final.Other : Final.None; // logic 로직, Mac 맥
            case 'p':
                return IsVowel(before) || before == 'p' ? Final.Other : Final.None; // app 앱, setup 셋업; help 헬프
            case 't':
                // commit 커밋, git 깃, format 포맷 (one vowel before t); post 포스트, root 루트
                return IsVowel(before) && !IsVowel(third) ? Final.Other : Final.None;
            case 'b':
                return before is 'a' or 'e' or 'o' && !IsVowel(third) ? Final.Other : Final.None; // tab 탭, job 잡; hub 허브
            case 'g':
                return before == 'n' ? Final.Other : Final.None; // string 스트링, misspelling 미스펠링; blog 블로그, tag 태그
            default:
                return Final.None; // d 드, g 그, s 스, x 스, r 어, y 이, h 시/치, f 프, vowels
        }
    }
}
