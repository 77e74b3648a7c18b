using PostLint.Documents;
using PostLint.Engine;

namespace PostLint.Git;

/// <summary>The staged Markdown files of a repository, ready to lint: what would be committed, not the work tree.</summary>
public static class StagedSource
{
    /// <summary>
    /// The staged Markdown files under <paramref name="pathspecs"/> that a folder walk would lint
    /// (<see cref="FileDiscovery.IsSelected"/>), each with its staged text. Targets carry work-tree paths, so reports
    /// name the files the author edits.
    /// </summary>
    public static IReadOnlyList<(LintTarget Target, SourceText Text)> Read(GitRepository repository, IReadOnlyList<string> pathspecs, FileDiscovery discovery)
    {
        var staged = repository.StagedFiles(pathspecs)
            .Where(f => FileDiscovery.IsMarkdown(f.Path))
            .Select(f => (File: f, FullPath: Path.GetFullPath(Path.Combine(repository.TopLevel, f.Path))))
            .Where(f => discovery.IsSelected(f.FullPath))
            .ToArray();
        var blobs = repository.ReadBlobs(staged.Select(f => f.File.BlobId).ToArray());
        return staged
            .Select((f, i) => (new LintTarget(discovery.DisplayPath(f.FullPath), f.FullPath), SourceText.FromBytes(blobs[i])))
            .ToArray();
    }
}
