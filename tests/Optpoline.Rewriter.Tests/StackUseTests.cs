using System.Globalization;

namespace Optpoline.Rewriter.Tests;

/// <summary>
/// Woven code must not take much more native stack per frame than the original: a program that ran
/// near its stack limit would overflow woven, and a stack overflow kills the process. The app's
/// evaluator (<c>StackUse</c>) measures the stack one level of its recursion takes; each level makes
/// four virtual and interface calls, with receivers that rotate over four types.
/// </summary>
/// <remarks>
/// The bounds, per woven method. Unoptimised code gives every IL local and every spill temporary a
/// slot of its own: a woven method gains one 8-byte slot per delegate type among its sites, one per
/// operand slot of its sites (shared by type among the sites), and one per value left on the stack
/// below a site's operands (here 3 + 7 + 2 = 12 slots, 96 bytes, 112 with alignment). While a site
/// samples or is promoted, unoptimised code also has the recorder's or dispatcher's frame on the
/// stack. Optimised code keeps the locals in registers (the evaluator's frame: 48 bytes stock,
/// 64 woven) and adds no frame for the dispatcher, whose direct call the JIT inlines or makes a tail
/// call.
/// </remarks>
public sealed class StackUseTests
{
    private static readonly Dictionary<string, string> Unoptimised = new() { ["DOTNET_JitMinOpts"] = "1", ["OPTPOLINE_ENABLED"] = "0" };

    private static readonly Dictionary<string, string> Optimised = new(ChildProcess.FastLearning)
    {
        ["DOTNET_TieredCompilation"] = "0",
        ["OPTPOLINE_PROMOTE_MISS_SHARE"] = "0",
        ["OPTPOLINE_MIN_COVERAGE"] = "0",
    };

    [Fact]
    public void Recursion_WovenUnoptimised_AddsAtMostOneSlotPerSiteLocalAndSpill()
    {
        var (stock, woven) = Measure(Unoptimised, repetitions: 200);

        // Branching with each site's operands on the stack gave every site its own spill temporaries: 80 -> 304 bytes.
        Assert.True(woven <= stock + 128, $"{stock} bytes a level stock, {woven} woven");
    }

    [Fact]
    public void Recursion_WovenOptimisedAndPromoted_AddsAtMostFourSlots()
    {
        var (stock, woven) = Measure(Optimised, repetitions: 20_000);

        Assert.True(woven <= stock + 32, $"{stock} bytes a level stock, {woven} woven");
    }

    private static (double Stock, double Woven) Measure(Dictionary<string, string> environment, int repetitions)
    {
        using var folder = new TestFolder();
        var app = Path.Combine(folder.Path, "app");
        var output = Path.Combine(folder.Path, "woven");
        Directory.CreateDirectory(app);
        foreach (var file in Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "app")))
        {
            File.Copy(file, Path.Combine(app, Path.GetFileName(file)));
        }

        var weave = CliRun.Of("weave", app, "-o", output, "--all");
        Assert.True(weave.ExitCode == 0, weave.Output + weave.Error);
        return (Run(app, environment, repetitions), Run(output, environment, repetitions));
    }

    private static double Run(string folder, Dictionary<string, string> environment, int repetitions)
    {
        var run = ChildProcess.Dotnet([Path.Combine(folder, "Optpoline.Rewriter.App.dll"), "stack", repetitions.ToString(CultureInfo.InvariantCulture)], environment);
        Assert.True(run.ExitCode == 0, run.Output + run.Error);
        return double.Parse(run.Output.Trim(), CultureInfo.InvariantCulture);
    }
}
