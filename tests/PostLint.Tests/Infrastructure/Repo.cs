namespace PostLint.Tests.Infrastructure;

/// <summary>Locates the repository (the folder holding PostLint.sln) from the test's output folder.</summary>
public static class Repo
{
    public static string Root { get; } = Find();

    public static string Path(params string[] parts) => System.IO.Path.Combine([Root, .. parts]);

    /// <summary>Whether snapshot files should be rewritten instead of compared.</summary>
    public static bool UpdateSnapshots => Environment.GetEnvironmentVariable("POSTLINT_UPDATE_SNAPSHOTS") == "1";

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "PostLint.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("PostLint.sln not found above " + AppContext.BaseDirectory);
    }
}
