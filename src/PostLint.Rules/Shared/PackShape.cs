using PostLint.Yaml;

namespace PostLint.Rules.Shared;

/// <summary>Checks the top level of a data pack: its <c>kind</c> and that it has no key its rule does not read.</summary>
public static class PackShape
{
    /// <summary>
    /// Reports a pack whose <c>kind</c> is not <paramref name="kind"/> or that has a top-level key outside
    /// <paramref name="keys"/> (besides <c>kind</c> and <c>description</c>). Returns false when anything was reported.
    /// </summary>
    public static bool Check(Pack pack, string kind, IReadOnlyCollection<string> keys, RuleSetup setup)
    {
        var ok = true;
        if (pack.Root.Get("kind") is not YScalar { } k || k.Value != kind)
        {
            setup.Error(pack.ErrorAt(pack.Root.Find("kind")?.Value ?? pack.Root, $"the pack's kind must be '{kind}'"));
            ok = false;
        }

        foreach (var entry in pack.Root.Entries)
        {
            if (entry.KeyText is not { } key || (key is not ("kind" or "description") && !keys.Contains(key)))
            {
                setup.Error(pack.ErrorAt(entry.Key, $"unknown key '{entry.KeyText}'; expected kind, description, {string.Join(", ", keys)}"));
                ok = false;
            }
        }

        return ok;
    }
}
