using PostLint.Localization;

namespace PostLint.Fixing;

/// <summary>What happened to a file <see cref="SafeFileWriter"/> was asked to replace.</summary>
public enum WriteStatus
{
    /// <summary>The new bytes are in place.</summary>
    Written,

    /// <summary>The file's bytes were not the ones the fix was computed from; it was left alone.</summary>
    ChangedOnDisk,

    /// <summary>The file is read-only; it was left alone.</summary>
    ReadOnly,

    /// <summary>Writing failed; the file is as it was.</summary>
    Failed,
}

/// <summary>The outcome of a replace, with a reason when the file was left alone.</summary>
/// <param name="Status">What happened.</param>
/// <param name="Reason">Why the file was not written, for the warning.</param>
public sealed record WriteResult(WriteStatus Status, Localized? Reason = null);

/// <summary>The steps of a replace between which another program may change the file (see <see cref="SafeFileWriter"/>).</summary>
internal enum WriteStep
{
    /// <summary>The file was read again and still holds the expected bytes.</summary>
    Checked,

    /// <summary>The temporary file holds the new bytes; its mode is not yet the file's.</summary>
    Written,

    /// <summary>The file was read a last time; the temporary file takes its place next.</summary>
    Renaming,
}

/// <summary>
/// Replaces a file's contents without ever leaving it half written: the new bytes go to a temporary file in the same
/// folder (readable only by its owner while they go in), are flushed to the disk, get the old file's permissions, and
/// then take the old file's place in one atomic rename. Just before the rename the file is read again; if it is no
/// longer what the fix was computed from, nothing is replaced. A symbolic link is followed, so the link stays a link
/// and its target gets the new text. A file the user may not write (read-only, or someone else's) is left alone.
/// </summary>
public static class SafeFileWriter
{
    /// <summary>Replaces <paramref name="path"/> with <paramref name="contents"/> if it still holds <paramref name="expected"/>.</summary>
    public static WriteResult Replace(string path, byte[] expected, byte[] contents) => Replace(path, expected, contents, between: null);

    /// <summary>
    /// As <see cref="Replace(string, byte[], byte[])"/>; <paramref name="between"/> runs after each <see cref="WriteStep"/>
    /// with the temporary file's path, so tests can change the file where another program could.
    /// </summary>
    internal static WriteResult Replace(string path, byte[] expected, byte[] contents, Action<WriteStep, string>? between)
    {
        string target;
        try
        {
            var info = new FileInfo(path);
            target = info.LinkTarget is null ? info.FullName : info.ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? info.FullName;
            if (!StillHolds(target, expected))
            {
                return new WriteResult(WriteStatus.ChangedOnDisk, CoreMessages.WriteChanged.With());
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return new WriteResult(WriteStatus.ChangedOnDisk, CoreMessages.WriteCannotReadAgain.With(ex.Message));
        }

        var folder = Path.GetDirectoryName(target)!;
        var temp = Path.Combine(folder, $".{Path.GetFileName(target)}.{Guid.NewGuid():N}.postlint-tmp");
        between?.Invoke(WriteStep.Checked, temp);
        try
        {
            // On Unix the attribute says whether this user may write the file (owner, group or other bits, as they
            // apply to the user), on Windows whether the file is marked read-only.
            if ((File.GetAttributes(target) & FileAttributes.ReadOnly) != 0)
            {
                return new WriteResult(WriteStatus.ReadOnly, CoreMessages.WriteReadOnly.With());
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return new WriteResult(WriteStatus.Failed, CoreMessages.WritePermissions.With(ex.Message));
        }

        try
        {
            var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write, Share = FileShare.None };
            if (!OperatingSystem.IsWindows())
            {
                // Owner-only while the bytes go in; the file's own mode is set exactly below (umask does not apply to chmod).
                options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
            }

            using (var stream = new FileStream(temp, options))
            {
                stream.Write(contents);
                stream.Flush(flushToDisk: true);
            }

            between?.Invoke(WriteStep.Written, temp);
            if (!OperatingSystem.IsWindows())
            {
                File.SetUnixFileMode(temp, File.GetUnixFileMode(target));
            }

            if (!StillHolds(target, expected))
            {
                File.Delete(temp);
                return new WriteResult(WriteStatus.ChangedOnDisk, CoreMessages.WriteChanged.With());
            }

            between?.Invoke(WriteStep.Renaming, temp);
            File.Move(temp, target, overwrite: true);
            return new WriteResult(WriteStatus.Written);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            TryDelete(temp);
            return new WriteResult(WriteStatus.Failed, CoreMessages.WriteFailed.With(ex.Message));
        }
    }

    private static bool StillHolds(string path, byte[] expected)
    {
        var info = new FileInfo(path);
        return info.Exists && info.Length == expected.Length && File.ReadAllBytes(path).AsSpan().SequenceEqual(expected);
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // The temporary file stays behind; the original is untouched, which is what matters.
        }
    }
}
