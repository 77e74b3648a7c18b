using System.Security.Cryptography;
using PostLint.Tests.Infrastructure;

namespace PostLint.Tests.Hostile;

/// <summary>PostLint writes nothing unless asked (--fix, init, baseline, install-hook): no byte and no timestamp changes.</summary>
public class ReadOnlySafetyTests
{
    /// <summary>Every command line that must leave the tree untouched.</summary>
    public static TheoryData<string[]> ReadOnlyCommands() => new()
    {
        Array.Empty<string>(),
        new[] { "." },
        new[] { "--format", "json" },
        new[] { "--show-source", "--color", "always" },
        new[] { "--select", "all", "--fail-level", "info" },
        new[] { "--quiet", "_posts" },
        new[] { "--format", "sarif" },
        new[] { "--format", "github" },
        new[] { "--diff" },
        new[] { "--diff", "--unsafe-fixes" },
        new[] { "rules" },
        new[] { "rules", "--format", "markdown" },
        new[] { "explain", "PL201" },
        new[] { "--version" },
        new[] { "--help" },
    };

    [Theory]
    [MemberData(nameof(ReadOnlyCommands))]
    public void Command_changes_no_byte_and_no_timestamp(string[] args)
    {
        using var site = new TempSite("none");
        CopyTree(Repo.Path("samples", "blog"), site.Root);
        var before = Snapshot(site.Root);
        MakeReadOnly(site.Root);
        try
        {
            var result = site.Run(args);
            Assert.InRange(result.ExitCode, 0, 1);
        }
        finally
        {
            MakeWritable(site.Root);
        }

        Assert.Equal(before, Snapshot(site.Root));
    }

    private static SortedDictionary<string, string> Snapshot(string root)
    {
        var map = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFileSystemEntries(root, "*", SearchOption.AllDirectories))
        {
            var info = new FileInfo(file);
            var hash = File.Exists(file) ? Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(file))) : "dir";
            map[Path.GetRelativePath(root, file)] = $"{hash} {info.LastWriteTimeUtc.Ticks}";
        }

        return map;
    }

    private static void CopyTree(string from, string to)
    {
        foreach (var dir in Directory.EnumerateDirectories(from, "*", SearchOption.AllDirectories))
        {
            Directory.CreateDirectory(Path.Combine(to, Path.GetRelativePath(from, dir)));
        }

        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            File.Copy(file, Path.Combine(to, Path.GetRelativePath(from, file)), true);
        }
    }

    private static void MakeReadOnly(string root)
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        foreach (var file in Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories))
        {
            File.SetUnixFileMode(file, UnixFileMode.UserRead | UnixFileMode.GroupRead | UnixFileMode.OtherRead);
        }

        foreach (var dir in Directory.EnumerateDirectories(root, "*", SearchOption.AllDirectories).Append(root))
        {
            File.SetUnixFileMode(dir, UnixFileMode.UserRead | UnixFileMode.UserExecute | UnixFileMode.GroupRead | UnixFileMode.GroupExecute);
        }
    }

    private static void MakeWritable(string root)
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        foreach (var dir in Directory.EnumerateDirectories(root, "*", SearchOption.AllDirectories).Append(root))
        {
            File.SetUnixFileMode(dir, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
    }
}
