using PostLint.Rules;

namespace PostLint.Cli.Commands;

/// <summary><c>postlint explain RULE</c>: prints the rule's embedded doc.</summary>
public static class ExplainCommand
{
    /// <summary>Prints the doc of a rule given by id or name.</summary>
    public static int Run(string rule, CliEnvironment env)
    {
        var catalog = BuiltInRules.CreateCatalog();
        var descriptor = catalog.Find(rule);
        if (descriptor is null)
        {
            env.Error.WriteLine(CliMessages.ExplainUnknown.Format(env.Language, catalog.UnknownRuleMessage(rule)));
            return ExitCodes.Error;
        }

        var doc = catalog.GetDoc(descriptor, env.Language);
        env.Out.WriteLine(doc ?? $"# {descriptor.Id} {descriptor.Name}\n{descriptor.TitleIn(env.Language)}");
        return ExitCodes.Success;
    }
}
