using System.Text;
using PostLint.Cli;

var stdout = new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(false), 1 << 16) { AutoFlush = false };
try
{
    return App.Run(args, CliEnvironment.FromProcess(stdout));
}
finally
{
    stdout.Flush();
}
