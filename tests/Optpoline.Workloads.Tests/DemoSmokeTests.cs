using Optpoline.Evaluation;

namespace Optpoline.Workloads.Tests;

/// <summary>
/// The demo's quick path end to end, as the README's first command runs it, with a tiny duration:
/// it must finish and print a row per workload, with both builds agreeing. No timing is asserted.
/// </summary>
public sealed class DemoSmokeTests
{
    [Fact]
    public void Demo_QuickWithTinyDuration_PrintsARowPerWorkloadWithChecksumsThatAgree()
    {
        var demo = Child.Dotnet([Child.Evaluation, "demo", "--quick", "--duration", "200ms", "--warmup", "100ms", "--runs", "1"], limit: TimeSpan.FromMinutes(8));

        Assert.True(demo.ExitCode == 0, $"exit {demo.ExitCode}\n{demo.Output}\n{demo.Error}");
        var rows = demo.Output.Split('\n').Where(l => l.StartsWith('│')).ToList();
        foreach (var workload in Preset.Quick.Workloads)
        {
            var allCalls = workload.IsPhaseChange ? Variant.Policies : ["lrm"];
            var labels = allCalls.Select(p => $"{workload.Name} ({Variant.Optpoline(p).Suffix})").Append($"{workload.Name} ({Variant.Default.Suffix})");
            foreach (var label in labels)
            {
                Assert.Contains(rows, r => r.Contains("│ " + label + " ", StringComparison.Ordinal) && r.Contains("agree", StringComparison.Ordinal));
            }
        }

        Assert.DoesNotContain("DIFFER", demo.Output, StringComparison.Ordinal);
        Assert.Contains("Machine:", demo.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Bench_DefaultWorkflow_LearnsFirstThenMeasuresARowWhoseChecksumAgrees()
    {
        // The store is learned by an unmeasured first run; the measured default-workflow child then
        // weaves from it (only what it shows pays) and must compute what the plain build computes.
        var bench = Child.Dotnet([Child.Evaluation, "bench", "--workload", "fs", "--duration", "200ms", "--warmup", "100ms", "--runs", "1"], limit: TimeSpan.FromMinutes(4));

        Assert.True(bench.ExitCode == 0, $"exit {bench.ExitCode}\n{bench.Output}\n{bench.Error}");
        Assert.Contains("learning fs", bench.Output, StringComparison.Ordinal);
        var rows = bench.Output.Split('\n').Where(l => l.StartsWith('│')).ToList();
        Assert.Contains(rows, r => r.Contains("│ fs (" + Variant.Default.Suffix + ")", StringComparison.Ordinal) && r.Contains("agree", StringComparison.Ordinal));
    }

    [Fact]
    public void Bench_UnknownWorkload_IsAUsageError()
    {
        var bench = Child.Dotnet([Child.Evaluation, "bench", "--workload", "nginx"]);

        Assert.Equal(2, bench.ExitCode);
        Assert.Contains("no workload 'nginx'", bench.Error, StringComparison.Ordinal);
    }
}
