namespace PostLint.Tests.Infrastructure;

/// <summary>
/// Fixture folders with a snapshot: <c>Fixtures/NAME/</c> is a small site, and <c>Fixtures/NAME/expected.txt</c> is the
/// text report of its Markdown files with only the rule under test selected. Run with
/// <c>POSTLINT_UPDATE_SNAPSHOTS=1</c> to rewrite the snapshot in the repository, then review its diff.
/// </summary>
public static class FixtureSnapshot
{
    public static void Verify(string name, string select)
    {
        var dir = Path.Combine(AppContext.BaseDirectory, "Fixtures", name);
        Assert.True(Directory.Exists(dir), $"fixture folder {name} is not copied to the test output");

        // Files are named explicitly: the output folder is git-ignored, and named files are always linted.
        var files = Directory.GetFiles(dir, "*.md", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(dir, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)
            .ToArray();
        var result = CliRunner.Run(dir, [.. files, "--select", select, "--quiet"]);
        Assert.Equal("", result.Error);

        var actual = result.Out.Replace("\r\n", "\n");
        if (Repo.UpdateSnapshots)
        {
            File.WriteAllText(Repo.Path("tests", "PostLint.Tests", "Fixtures", name, "expected.txt"), actual);
            return;
        }

        Assert.Equal(File.ReadAllText(Path.Combine(dir, "expected.txt")).Replace("\r\n", "\n"), actual);
    }
}
