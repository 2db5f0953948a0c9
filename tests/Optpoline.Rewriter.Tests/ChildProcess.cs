using Optpoline.Testing;

namespace Optpoline.Rewriter.Tests;

/// <summary>A <c>dotnet</c> child process run to completion: its exit code and what it printed.</summary>
internal sealed record ChildProcess(int ExitCode, string Output, string Error)
{
    /// <summary>Runtime settings under which the real patcher promotes within a test's time (see <see cref="Tests.FastLearning"/>).</summary>
    public static IReadOnlyDictionary<string, string> FastLearning => DotnetProcess.FastLearning;

    /// <summary>The <c>optpoline</c> command as the tests' build output holds it.</summary>
    public static string Cli => Path.Combine(AppContext.BaseDirectory, "Optpoline.Cli.dll");

    public static ChildProcess Dotnet(IEnumerable<string> args, IReadOnlyDictionary<string, string>? environment = null)
    {
        var (exitCode, output, error) = DotnetProcess.Run(args, environment, TimeSpan.FromMinutes(3));
        return new ChildProcess(exitCode, output, error);
    }
}
