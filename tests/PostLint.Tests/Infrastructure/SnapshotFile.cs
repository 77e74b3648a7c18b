namespace PostLint.Tests.Infrastructure;

/// <summary>
/// Compares text with a snapshot file kept in the source tree; <c>POSTLINT_UPDATE_SNAPSHOTS=1</c> rewrites the file
/// instead. A missing snapshot fails, so a new one is always written on purpose and reviewed.
/// </summary>
public static class SnapshotFile
{
    /// <summary>Asserts that <paramref name="actual"/> equals the snapshot at <paramref name="relativePath"/> (from the repository root).</summary>
    public static void Match(string relativePath, string actual)
    {
        var path = Repo.Path(relativePath.Split('/'));
        actual = actual.Replace("\r\n", "\n");
        if (Repo.UpdateSnapshots)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, actual);
            return;
        }

        Assert.True(File.Exists(path), $"snapshot {relativePath} is missing: run POSTLINT_UPDATE_SNAPSHOTS=1 dotnet test and review it");
        Assert.Equal(File.ReadAllText(path).Replace("\r\n", "\n"), actual);
    }
}
