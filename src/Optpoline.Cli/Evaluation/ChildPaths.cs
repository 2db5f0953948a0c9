namespace Optpoline.Cli.Evaluation;

/// <summary>
/// Where the child programs are: under <c>children/</c> beside the command, where its build copies
/// them. The command itself is started again as <c>optpoline run</c> for the woven workloads.
/// </summary>
internal sealed record ChildPaths(string Command, string Runner, string JintBench)
{
    public static ChildPaths Locate()
    {
        var folder = Path.GetDirectoryName(typeof(ChildPaths).Assembly.Location) ?? AppContext.BaseDirectory;
        var paths = new ChildPaths(
            Path.Combine(folder, "Optpoline.Cli.dll"),
            Path.Combine(folder, "children", "workloads", "Optpoline.Workloads.Runner.dll"),
            Path.Combine(folder, "children", "jint", "Optpoline.JintBench.dll"));
        foreach (var path in new[] { paths.Command, paths.Runner, paths.JintBench })
        {
            if (!File.Exists(path))
            {
                throw new UsageException($"{path} is missing: the workloads are built with the command. Run it from the repository: dotnet run -c Release --project src/Optpoline.Cli -- demo");
            }
        }

        return paths;
    }

    public string JintFolder => Path.Combine(Path.GetDirectoryName(JintBench)!, "jint");
}
