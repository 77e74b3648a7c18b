using System.Diagnostics;
using CsCheck;
using PostLint.Fuzz;

// A long fuzz run outside the test suite: `dotnet run -c Release --project tests/PostLint.Fuzz -- --minutes 30`.
// Prints executions and crashes; each crashing input is written to --out (default ./fuzz-crashes).
var minutes = 1.0;
var outDir = "fuzz-crashes";
for (var i = 0; i < args.Length - 1; i++)
{
    if (args[i] == "--minutes")
    {
        minutes = double.Parse(args[i + 1], System.Globalization.CultureInfo.InvariantCulture);
    }
    else if (args[i] == "--out")
    {
        outDir = args[i + 1];
    }
}

using var checks = new FuzzChecks();
long executions = 0, crashes = 0;
var watch = Stopwatch.StartNew();
var deadline = TimeSpan.FromMinutes(minutes);
var lastReport = TimeSpan.Zero;
var thread = new Thread(() =>
{
    while (watch.Elapsed < deadline)
    {
        PostGenerator.PostBytes.Sample(bytes =>
        {
            Interlocked.Increment(ref executions);
            var failure = checks.Check(bytes);
            if (failure is not null)
            {
                var n = Interlocked.Increment(ref crashes);
                Directory.CreateDirectory(outDir);
                File.WriteAllBytes(Path.Combine(outDir, $"crash-{n}.md"), bytes);
                File.WriteAllText(Path.Combine(outDir, $"crash-{n}.txt"), failure);
            }

            if (watch.Elapsed - lastReport > TimeSpan.FromMinutes(1))
            {
                lastReport = watch.Elapsed;
                Console.WriteLine($"{watch.Elapsed:hh\\:mm\\:ss} executions {executions:N0} crashes {crashes}");
            }

            return true;
        }, iter: 10_000, threads: 1);
    }
}, 256 * 1024 * 1024);
thread.Start();
thread.Join();
Console.WriteLine($"done in {watch.Elapsed:hh\\:mm\\:ss}: executions {executions:N0}, crashes {crashes}, {executions / watch.Elapsed.TotalSeconds:N0}/s");
return crashes == 0 ? 0 : 1;
