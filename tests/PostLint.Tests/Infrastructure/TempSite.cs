using System.Text;

namespace PostLint.Tests.Infrastructure;

/// <summary>A throw-away folder holding a small site for one test; deleted on dispose.</summary>
public sealed class TempSite : IDisposable
{
    public TempSite(string kind = "jekyll")
    {
        Root = Path.Combine(Path.GetTempPath(), "postlint-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Root);
        switch (kind)
        {
            case "jekyll":
                Write("_config.yml", "title: test\n");
                break;
            case "hugo":
                Write("hugo.toml", "title = 'test'\n");
                break;
            case "astro":
                Write("astro.config.mjs", "export default {};\n");
                break;
        }
    }

    public string Root { get; }

    /// <summary>Writes a UTF-8 file (no BOM) relative to the root, creating folders.</summary>
    public string Write(string relativePath, string text) => WriteBytes(relativePath, Encoding.UTF8.GetBytes(text));

    public string WriteBytes(string relativePath, byte[] bytes)
    {
        var full = Path.Combine(Root, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllBytes(full, bytes);
        return full;
    }

    /// <summary>Runs the CLI in this folder.</summary>
    public CliResult Run(params string[] args) => CliRunner.Run(Root, args);

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
