using System.CommandLine;
using System.Reflection;
using PostLint.Cli.Commands;

namespace PostLint.Cli;

/// <summary>Builds the command tree, parses the arguments and runs the chosen command.</summary>
public static class App
{
    /// <summary>The tool's version (without source revision).</summary>
    public static string Version { get; } =
        typeof(App).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "0.0.0";

    /// <summary>Runs the command line <paramref name="args"/> and returns the exit code.</summary>
    public static int Run(string[] args, CliEnvironment env)
    {
        env = env with { Language = CliLanguage.Resolve(args, env) };
        var root = BuildRoot(env);
        var result = root.Parse(args);
        if (result.Errors.Count > 0)
        {
            foreach (var error in result.Errors)
            {
                env.Error.WriteLine(CliMessages.Prefixed.Format(env.Language, CliLanguage.ParseError(error.Message, env.Language)));
            }

            env.Error.WriteLine(CliMessages.RunHelp.Format(env.Language));
            return ExitCodes.Error;
        }

        if (result.Action is System.CommandLine.Help.HelpAction && result.CommandResult.Command is { } command && command != root)
        {
            // A sub-command's usage line would show the lint command's paths before its name
            // ("postlint [<paths>...] rules"): they belong to the lint command only.
            var subHelp = new StringWriter { NewLine = "\n" };
            var subCode = result.Invoke(new InvocationConfiguration { Output = subHelp, Error = env.Error });
            var text = SubcommandHelp(subHelp.ToString(), root.Name, command);
            env.Out.Write(env.Language == Localization.Language.English ? text : CliLanguage.TranslateHelp(text, env.Language).Replace("\n", env.Out.NewLine, StringComparison.Ordinal));
            return subCode;
        }

        if (env.Language == Localization.Language.English)
        {
            return result.Invoke(new InvocationConfiguration { Output = env.Out, Error = env.Error, EnableDefaultExceptionHandler = true });
        }

        // Only System.CommandLine's own help goes to this output (the commands write to env.Out): it is translated.
        var help = new StringWriter { NewLine = "\n" };
        var code = result.Invoke(new InvocationConfiguration { Output = help, Error = env.Error, EnableDefaultExceptionHandler = true });
        if (help.GetStringBuilder().Length > 0)
        {
            env.Out.Write(CliLanguage.TranslateHelp(help.ToString(), env.Language).Replace("\n", env.Out.NewLine, StringComparison.Ordinal));
        }

        return code;
    }

    /// <summary>A sub-command's help without the lint command's paths (in its usage line and its arguments).</summary>
    private static string SubcommandHelp(string help, string rootName, Command command)
    {
        help = help.Replace($"{rootName} [<{CliOptions.PathsName}>...] {command.Name}", $"{rootName} {command.Name}", StringComparison.Ordinal);
        if (command.Arguments.Any(a => a.Name == CliOptions.PathsName))
        {
            return help;
        }

        var lines = help.Split('\n').ToList();
        var at = lines.FindIndex(l => l.StartsWith($"  <{CliOptions.PathsName}> ", StringComparison.Ordinal));
        if (at < 0)
        {
            return help;
        }

        lines.RemoveAt(at);
        if (lines[at - 1] == "Arguments:" && lines[at].Length == 0)
        {
            lines.RemoveRange(at - 1, 2);
        }
        else
        {
            // The column was as wide as "<paths>"; the arguments left need only their own width.
            var rows = Enumerable.Range(at, lines.Count - at).TakeWhile(i => lines[i].StartsWith("  <", StringComparison.Ordinal)).ToArray();
            var parts = rows.Select(i => lines[i].Trim().Split("  ", 2, StringSplitOptions.None)).ToArray();
            var width = parts.Max(p => p[0].Length);
            foreach (var (i, p) in rows.Zip(parts))
            {
                lines[i] = p.Length == 2 ? $"  {p[0].PadRight(width)}  {p[1].TrimStart()}" : lines[i];
            }
        }

        return string.Join('\n', lines);
    }

    internal static RootCommand BuildRoot(CliEnvironment env)
    {
        var paths = CliOptions.Paths();
        var root = new RootCommand("PostLint: lints Markdown blog posts with YAML front matter (Jekyll, Hugo, Astro).")
        {
            paths,
            CliOptions.Config,
            CliOptions.Format,
            CliOptions.Output,
            CliOptions.SarifFile,
            CliOptions.SarifCategory,
            CliOptions.FailLevel,
            CliOptions.Select,
            CliOptions.Ignore,
            CliOptions.SiteRoot,
            CliOptions.StdinFilename,
            CliOptions.Drafts,
            CliOptions.Color,
            CliOptions.Quiet,
            CliOptions.ShowSource,
            CliOptions.Staged,
            CliOptions.ForceExclude,
            CliOptions.Lang,
        };
        CliOptions.AddFixing(root);
        root.SetAction(parse => LintCommand.Run(LintRequest.From(parse, paths), env));
        foreach (var option in root.Options)
        {
            if (option is VersionOption version)
            {
                // The default prints the entry assembly's version, which is the test host's under tests.
                version.Action = new PrintVersion(env);
            }
        }

        var rules = new Command("rules", "List every rule: id, name, category, default severity, fixable") { CliOptions.RulesFormat };
        rules.SetAction(parse => RulesCommand.Run(parse.GetValue(CliOptions.RulesFormat)!, env));
        root.Subcommands.Add(rules);

        var ruleArg = new Argument<string>("rule") { Description = "A rule id or name, e.g. PL201 or placeholder-date" };
        var explain = new Command("explain", "Print a rule's documentation") { ruleArg };
        explain.SetAction(parse => ExplainCommand.Run(parse.GetValue(ruleArg)!, env));
        root.Subcommands.Add(explain);

        var init = new Command("init", "Write a commented starter .postlint.yml for the detected site (never overwrites)");
        init.SetAction(_ => InitCommand.Run(env));
        root.Subcommands.Add(init);
        root.Subcommands.Add(BaselineCommand.Create(env));

        var installHook = new Command("install-hook", "Write a git pre-commit hook that runs 'postlint --staged' (respects core.hooksPath)") { CliOptions.HookForce };
        installHook.SetAction(parse => HookCommand.Install(parse.GetValue(CliOptions.HookForce), env));
        root.Subcommands.Add(installHook);

        var uninstallHook = new Command("uninstall-hook", "Remove the pre-commit hook 'postlint install-hook' wrote (and restore the hook it replaced)");
        uninstallHook.SetAction(_ => HookCommand.Uninstall(env));
        root.Subcommands.Add(uninstallHook);
        root.Subcommands.Add(LspCommand.Create(env));
        CliLanguage.PrepareHelp(root, env.Language);
        return root;
    }

    private sealed class PrintVersion(CliEnvironment env) : System.CommandLine.Invocation.SynchronousCommandLineAction
    {
        public override int Invoke(ParseResult parseResult)
        {
            env.Out.WriteLine(Version);
            return ExitCodes.Success;
        }
    }
}
