using System.Text;
using System.Text.Json;
using PostLint.Configuration;
using PostLint.Engine;
using PostLint.Reporting;
using PostLint.Rules;
using PostLint.Sites;

namespace PostLint.Fuzz;

/// <summary>
/// Lints one generated input with every rule and checks what must always hold: no exception escapes, no rule fails
/// (PL003), every range lies inside the text and agrees with its line and column, every fix edit lies inside the
/// text, and every report format renders (JSON parses).
/// </summary>
public sealed class FuzzChecks : IDisposable
{
    private readonly Linter _linter;
    private readonly string _root;

    public FuzzChecks()
    {
        _root = Path.Combine(Path.GetTempPath(), "postlint-fuzz-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.Combine(_root, "_posts"));
        Directory.CreateDirectory(Path.Combine(_root, "assets", "images"));
        File.WriteAllText(Path.Combine(_root, "_config.yml"), "url: https://me.github.io\nbaseurl: /blog\npermalink: /:categories/:title/\n");
        File.WriteAllText(Path.Combine(_root, "assets", "images", "a.png"), "");
        var errors = new List<ConfigError>();
        var settings = ConfigLoader.Load(BuiltInRules.CreateCatalog(), null, null, ["all"], [], errors);
        if (errors.Count > 0)
        {
            throw new InvalidOperationException(string.Join("\n", errors));
        }

        _linter = new Linter(settings, new SiteLocator(null, _root));
        Settings = settings;
    }

    public LintSettings Settings { get; }

    /// <summary>Returns null when every property holds, else what broke.</summary>
    public string? Check(byte[] bytes)
    {
        FileResult result;
        var target = new LintTarget("_posts/2025-03-01-fuzz.md", Path.Combine(_root, "_posts", "2025-03-01-fuzz.md"));
        try
        {
            result = _linter.LintBytes(target, bytes);
        }
        catch (Exception ex)
        {
            return "exception escaped: " + ex;
        }

        foreach (var d in result.Diagnostics)
        {
            if (d.Rule.Id == "PL003")
            {
                return "rule failed: " + d.Message;
            }

            if (result.Source is not { } source)
            {
                continue;
            }

            if (d.Range.Start < 0 || d.Range.End > source.Length || d.Range.Start > d.Range.End)
            {
                return $"range {d.Range} outside the text of length {source.Length} ({d.Rule.Id})";
            }

            if (source.GetPosition(d.Range.Start) != d.Start || source.GetPosition(d.Range.End) != d.End)
            {
                return $"line/column disagree with the range ({d.Rule.Id})";
            }

            foreach (var e in d.Fix?.Edits ?? [])
            {
                if (e.Range.Start < 0 || e.Range.End > source.Length || e.Range.Start > e.Range.End)
                {
                    return $"fix edit {e.Range} outside the text ({d.Rule.Id})";
                }
            }
        }

        var run = new LintRun([result], TimeSpan.Zero);
        try
        {
            var options = new ReportOptions { ShowSource = true, Version = "0.0.0" };
            new TextReporter().Write(run, TextWriter.Null, options);
            var json = new StringWriter();
            new JsonReporter().Write(run, json, options);
            using var _ = JsonDocument.Parse(json.ToString());
        }
        catch (Exception ex)
        {
            return "report failed: " + ex;
        }

        return null;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_root, true);
        }
        catch (IOException)
        {
        }
    }

    /// <summary>Text of an input for a crash file.</summary>
    public static string Describe(byte[] bytes) => Encoding.UTF8.GetString(bytes);
}
