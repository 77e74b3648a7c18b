using System.CommandLine;
using System.CommandLine.Help;
using System.Text.RegularExpressions;
using PostLint.Configuration;
using PostLint.Localization;

namespace PostLint.Cli;

/// <summary>
/// Chooses the language of a run and puts the command line's own words into it: <c>--lang</c>, else the config's
/// <c>lang:</c>, else the locale (<c>LC_ALL</c>, <c>LC_MESSAGES</c>, <c>LANG</c>). English output is System.CommandLine's
/// as it is; Korean help is the same layout with the catalog's words.
/// </summary>
public static partial class CliLanguage
{
    /// <summary>The language for <paramref name="args"/> run in <paramref name="env"/>.</summary>
    public static Language Resolve(string[] args, CliEnvironment env)
    {
        string? config = null;
        for (var i = 0; i < args.Length; i++)
        {
            var arg = args[i];
            if (arg == "--")
            {
                break;
            }

            if (arg == "--lang" && i + 1 < args.Length && Languages.TryParse(args[i + 1], out var fromOption))
            {
                return fromOption;
            }

            if ((arg.StartsWith("--lang=", StringComparison.Ordinal) || arg.StartsWith("--lang:", StringComparison.Ordinal)) && Languages.TryParse(arg[7..], out fromOption))
            {
                return fromOption;
            }

            if (arg is "--config" or "-c" && i + 1 < args.Length)
            {
                config = args[i + 1];
            }
        }

        try
        {
            var path = config is not null ? Path.GetFullPath(Path.Combine(env.CurrentDirectory, config)) : ConfigLoader.Discover(env.CurrentDirectory);
            if (path is not null && ConfigLoader.ReadLanguage(path) is { } fromConfig)
            {
                return fromConfig;
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            // The run reports an unreadable config itself.
        }

        return Languages.FromLocale(env.Environment);
    }

    /// <summary>A System.CommandLine parse error in <paramref name="language"/> (unknown wording stays English).</summary>
    public static string ParseError(string message, Language language)
    {
        if (language == Language.English)
        {
            return message;
        }

        foreach (var m in (ReadOnlySpan<Message>)[CliMessages.RequiredArgumentCommand, CliMessages.RequiredArgumentOption, CliMessages.NotRecognized,
                     CliMessages.Unrecognized, CliMessages.SingleArgument, CliMessages.UnsafeFixesAlone, CliMessages.DiffWithFix, CliMessages.DiffWithFormat,
                     CliMessages.DiffWithSarif])
        {
            if (Match(m, message) is { } args)
            {
                return m.Format(language, args);
            }
        }

        return message;
    }

    /// <summary>The arguments of <paramref name="message"/> when it is <paramref name="template"/>'s English text, else null.</summary>
    private static object?[]? Match(Message template, string message)
    {
        var pattern = "^" + PlaceholderPattern().Replace(Regex.Escape(template.English).Replace(@"\{", "{", StringComparison.Ordinal), "(.*?)") + "$";
        var m = Regex.Match(message, pattern, RegexOptions.Singleline | RegexOptions.CultureInvariant);
        return m.Success ? m.Groups.Values.Skip(1).Select(g => (object?)g.Value).ToArray() : null;
    }

    [GeneratedRegex(@"\{[A-Za-z][A-Za-z0-9]*\}")]
    private static partial Regex PlaceholderPattern();

    /// <summary>
    /// Keeps <paramref name="root"/>'s help on one line per row when it is to be translated (System.CommandLine wraps
    /// to the terminal's width, and a wrapped row would no longer match its English text).
    /// </summary>
    public static void PrepareHelp(RootCommand root, Language language)
    {
        if (language == Language.English)
        {
            return;
        }

        foreach (var option in root.Options)
        {
            if (option is HelpOption { Action: HelpAction help })
            {
                help.MaxWidth = int.MaxValue;
            }
        }
    }

    /// <summary>Help text written in English by System.CommandLine, put into <paramref name="language"/> line by line.</summary>
    public static string TranslateHelp(string help, Language language)
    {
        if (language == Language.English)
        {
            return help;
        }

        var lines = help.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            foreach (var m in CliMessages.HelpLayout)
            {
                line = line.Replace(m.English, m.Template(language), StringComparison.Ordinal);
            }

            foreach (var m in HelpByLength)
            {
                var at = line.IndexOf(m.English, StringComparison.Ordinal);
                if (at >= 0)
                {
                    line = string.Concat(line.AsSpan(0, at), m.Template(language), line.AsSpan(at + m.English.Length));
                    break;
                }
            }

            lines[i] = line;
        }

        return string.Join('\n', lines);
    }

    private static readonly Message[] HelpByLength = CliMessages.Help.OrderByDescending(m => m.English.Length).ToArray();
}
