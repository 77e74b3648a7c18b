using System.Diagnostics;
using System.Globalization;
using PostLint.Lsp;

namespace PostLint.Benchmarks;

/// <summary>
/// <c>lsp-memory POSTLINT [SITE]</c>: the memory of a real <c>postlint lsp</c> process (the native binary or
/// postlint.dll) after an editing session of 200 posts of a site: each post is opened, edited once (a line with a
/// misspelling appended) and left open. Prints the server's resident memory (VmRSS) and peak (VmHWM) from /proc, and
/// the median time from didChange to publishDiagnostics seen by the client, and the server's CPU time per lint (which
/// a loaded machine does not inflate the way it does wall time). SITE defaults to a generated Jekyll
/// site of 200 Korean posts of about 8 KB each; a real site's <c>_posts</c> are used when given.
/// </summary>
public static class LspMemory
{
    public static int Run(string[] args)
    {
        if (args.Length < 1)
        {
            Console.Error.WriteLine("usage: lsp-memory POSTLINT [SITE]");
            return 2;
        }

        var postlint = Path.GetFullPath(args[0]);
        var generated = args.Length < 2;
        var site = generated ? Generate() : Path.GetFullPath(args[1]);
        var posts = Directory.GetFiles(Path.Combine(site, "_posts"), "*.md", SearchOption.AllDirectories).Order(StringComparer.Ordinal).Take(200).ToArray();
        using var connection = LspConnection.Process(postlint, out var process);
        connection.Initialize(site, LspServer.DefaultDebounceMs);
        var (rss0, _) = Memory(process.Id);
        var latencies = new List<double>();
        var cpu0 = CpuMs(process.Id);
        foreach (var post in posts)
        {
            var text = File.ReadAllText(post);
            var uri = OpenDocument.UriOf(post);
            connection.Open(uri, text);
            connection.WaitForVersion(uri, 1);
            var lines = text.Split('\n').Length;
            var watch = Stopwatch.StartNew();
            connection.Replace(uri, 2, lines, 0, 0, "\n빠른 배포와 확작성 덕분에 다양한 환경에서 활용됩니다.\n");
            connection.WaitForVersion(uri, 2);
            latencies.Add(watch.Elapsed.TotalMilliseconds);
        }

        var cpuPerLint = (CpuMs(process.Id) - cpu0) / (2.0 * posts.Length);
        var (rss, peak) = Memory(process.Id);
        foreach (var post in posts)
        {
            connection.Close(OpenDocument.UriOf(post));
        }

        Thread.Sleep(500);
        var (rssClosed, _) = Memory(process.Id);
        latencies.Sort();
        var median = latencies[latencies.Count / 2];
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{posts.Length} posts ({posts.Sum(p => new FileInfo(p).Length) / 1024} KB) opened and edited, all left open: server RSS {rss / 1024.0:0.0} MB, peak {peak / 1024.0:0.0} MB (after initialize: {rss0 / 1024.0:0.0} MB; all closed: {rssClosed / 1024.0:0.0} MB)"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"didChange -> publishDiagnostics, client side, {latencies.Count} edits: median {median:0.0} ms, p90 {latencies[latencies.Count * 9 / 10]:0.0} ms, max {latencies[^1]:0.0} ms; server CPU time per lint (open or edit) {cpuPerLint:0.0} ms"));
        if (generated)
        {
            Directory.Delete(site, recursive: true);
        }

        return 0;
    }

    private static string Generate()
    {
        var root = Path.Combine(Path.GetTempPath(), "postlint-bench-lsp-site-" + Environment.ProcessId);
        Directory.CreateDirectory(Path.Combine(root, "_posts"));
        File.WriteAllText(Path.Combine(root, "_config.yml"), "url: https://me.github.io\n");
        var post = LargePost.Build(sections: 12);
        for (var i = 0; i < 200; i++)
        {
            var date = new DateOnly(2024, 1, 1).AddDays(i).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            File.WriteAllText(Path.Combine(root, "_posts", $"{date}-post-{i}.md"), post);
        }

        return root;
    }

    // User and system CPU time of a process in milliseconds (Linux, clock ticks of 10 ms).
    private static double CpuMs(int pid)
    {
        var stat = File.ReadAllText($"/proc/{pid}/stat");
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        return (long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture)) * 10.0;
    }

    // VmRSS and VmHWM of a process in KB (Linux).
    private static (long Rss, long Peak) Memory(int pid)
    {
        long rss = 0, peak = 0;
        foreach (var line in File.ReadLines($"/proc/{pid}/status"))
        {
            if (line.StartsWith("VmRSS:", StringComparison.Ordinal))
            {
                rss = long.Parse(line[6..].Trim().Split(' ')[0], CultureInfo.InvariantCulture);
            }
            else if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
            {
                peak = long.Parse(line[6..].Trim().Split(' ')[0], CultureInfo.InvariantCulture);
            }
        }

        return (rss, peak);
    }
}
