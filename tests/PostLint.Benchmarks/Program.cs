using BenchmarkDotNet.Running;
using PostLint.Benchmarks;

// `floor PATHS...`: the whole-process floor of the performance issue — discover, read and parse every file (front
// matter + the one Markdig pipeline) with no rules. Anything else: BenchmarkDotNet (`-- --filter '*'`).
if (args.Length > 0 && args[0] == "floor")
{
    return Floor.Run(args[1..]);
}

if (args.Length > 0 && args[0] == "rule-cost")
{
    return RuleCost.Run(args[1..]);
}

if (args.Length > 0 && args[0] == "lsp-memory")
{
    return LspMemory.Run(args[1..]);
}

BenchmarkSwitcher.FromAssembly(typeof(HotPaths).Assembly).Run(args);
return 0;
