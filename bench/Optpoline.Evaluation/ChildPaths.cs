namespace Optpoline.Evaluation;

/// <summary>
/// Where the child programs are: under <c>children/</c> beside the evaluation, where its build
/// copies them: the <c>optpoline</c> tool as users run it (<c>children/optpoline</c>), started as
/// <c>dotnet Optpoline.Cli.dll run ...</c> for the woven variants, and the workload runner
/// (<c>children/workloads</c>).
/// </summary>
internal sealed record ChildPaths(string Command, string Runner, string JintBench)
{
    public static ChildPaths Locate()
    {
        var folder = Path.GetDirectoryName(typeof(ChildPaths).Assembly.Location) ?? AppContext.BaseDirectory;
        var paths = new ChildPaths(
            Path.Combine(folder, "children", "optpoline", "Optpoline.Cli.dll"),
            Path.Combine(folder, "children", "workloads", "Optpoline.Workloads.Runner.dll"),
            Path.Combine(folder, "children", "jint", "Optpoline.JintBench.dll"));
        foreach (var path in new[] { paths.Command, paths.Runner, paths.JintBench })
        {
            if (!File.Exists(path))
            {
                throw new UsageException($"{path} is missing: the tool and the workloads are built with the evaluation. Run it from the repository: {EvaluationCommand.Invocation} demo");
            }
        }

        return paths;
    }

    public string JintFolder => Path.Combine(Path.GetDirectoryName(JintBench)!, "jint");
}
