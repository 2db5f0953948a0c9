using Optpoline.Testing;

namespace Optpoline.Workloads.Tests;

/// <summary>A <c>dotnet</c> child process run to completion: its exit code and what it printed.</summary>
internal sealed record Child(int ExitCode, string Output, string Error)
{
    /// <summary>Runtime settings under which the real patcher promotes within a test's time.</summary>
    public static IReadOnlyDictionary<string, string> FastLearning => DotnetProcess.FastLearning;

    /// <summary>The evaluation, with its children (the <c>optpoline</c> tool and the workloads) under children/.</summary>
    public static string Folder => Path.Combine(AppContext.BaseDirectory, "evaluation");

    /// <summary>The evaluation's entry point: <c>demo</c> and <c>bench</c>.</summary>
    public static string Evaluation => Path.Combine(Folder, "Optpoline.Evaluation.dll");

    /// <summary>The <c>optpoline</c> command, as the evaluation starts it.</summary>
    public static string Command => Path.Combine(Folder, "children", "optpoline", "Optpoline.Cli.dll");

    public static string Runner => Path.Combine(Folder, "children", "workloads", "Optpoline.Workloads.Runner.dll");

    public static Child Dotnet(IEnumerable<string> args, IReadOnlyDictionary<string, string>? environment = null, TimeSpan? limit = null)
    {
        var (exitCode, output, error) = DotnetProcess.Run(args, environment, limit ?? TimeSpan.FromMinutes(5));
        return new Child(exitCode, output, error);
    }

    /// <summary>The JSON after the last line that starts with <paramref name="prefix"/>.</summary>
    public string Line(string prefix)
    {
        var line = Output.Split('\n').Select(l => l.TrimEnd('\r')).LastOrDefault(l => l.StartsWith(prefix, StringComparison.Ordinal));
        Assert.True(line is not null, $"no {prefix.Trim()} line (exit {ExitCode}):\n{Output}\n{Error}");
        return line[prefix.Length..];
    }
}
