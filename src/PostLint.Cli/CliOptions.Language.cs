using System.CommandLine;
using PostLint.Localization;

namespace PostLint.Cli;

/// <summary>The language option, shared by every command.</summary>
public static partial class CliOptions
{
    /// <summary><c>--lang ko|en</c>: every command takes it.</summary>
    public static readonly Option<string?> Lang = CreateLang();

    private static Option<string?> CreateLang()
    {
        var o = new Option<string?>("--lang")
        {
            Description = "The language of messages, help and rule docs: ko or en (default: the config's 'lang:', else LC_ALL, LC_MESSAGES or LANG)",
            Recursive = true,
        };
        o.AcceptOnlyFromAmong([.. Languages.Codes]);
        return o;
    }
}
