using System.Text.Json;

namespace Optpoline.Workloads.Runner;

/// <summary>Parses the command line, measures the workload, prints the result.</summary>
internal static class RunnerProgram
{
    public const string ResultPrefix = "RESULT ";

    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        RunnerOptions options;
        try
        {
            options = RunnerOptions.Parse(args);
        }
        catch (FormatException e)
        {
            error.WriteLine("runner: " + e.Message);
            error.WriteLine(RunnerOptions.Usage);
            return 2;
        }

        using var workload = Catalog.Create(options.Workload);
        if (workload is null)
        {
            error.WriteLine($"runner: no workload '{options.Workload}'; the workloads are {string.Join(", ", Catalog.Names)}.");
            return 2;
        }

        var result = Measurement.Run(workload, options);
        output.WriteLine(ResultPrefix + JsonSerializer.Serialize(result, RunResult.Json));
        return 0;
    }
}
