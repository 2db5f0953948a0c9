namespace Optpoline.Evaluation;

/// <summary>
/// Where the child programs are: under <c>children/</c> beside the evaluation, where its build
/// copies them: the <c>optpoline</c> tool as users run it (<c>children/optpoline</c>), started as
/// <c>dotnet Optpoline.Cli.dll run ...</c> for the woven variants, and the workload runner with
/// every workload, Jint included (<c>children/workloads</c>).
/// </summary>
internal sealed record ChildPaths(string Command, string Runner)
{
    public static ChildPaths Locate()
    {
        var folder = Path.GetDirectoryName(typeof(ChildPaths).Assembly.Location) ?? AppContext.BaseDirectory;
        var paths = new ChildPaths(
            Path.Combine(folder, "children", "optpoline", "Optpoline.Cli.dll"),
            Path.Combine(folder, "children", "workloads", "Optpoline.Workloads.Runner.dll"));
        foreach (var path in new[] { paths.Command, paths.Runner })
        {
            if (!File.Exists(path))
            {
                throw new UsageException($"{path} is missing: the tool and the workloads are built with the evaluation. Run it from the repository: {EvaluationCommand.Invocation} demo");
            }
        }

        return paths;
    }

    /// <summary>
    /// The simple names of the assemblies beside the runner (its own, the workloads', their
    /// packages'): what the hosted control excludes, so that <c>optpoline run</c> weaves nothing.
    /// </summary>
    public IEnumerable<string> RunnerAssemblies =>
        Directory.EnumerateFiles(Path.GetDirectoryName(Runner)!, "*.dll").Select(Path.GetFileNameWithoutExtension).OfType<string>().Order(StringComparer.Ordinal);
}
