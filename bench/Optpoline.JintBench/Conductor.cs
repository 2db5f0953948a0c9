using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Optpoline.Rewriter;
using Optpoline.Rewriter.Baking;

namespace Optpoline.JintBench;

/// <summary>
/// The parent process: weaves Jint, then for each run and each program starts one child per
/// variant, rotating which goes first (stock, woven; then woven, stock; ...) so that drift on a
/// shared machine falls on all alike. Children run with default runtime settings: every
/// <c>OPTPOLINE_</c> variable is removed from their environment (the <c>off</c> variant then sets
/// <c>OPTPOLINE_ENABLED=0</c>). With <c>--with-baked</c>, a recording process first runs the woven
/// build over the workload and writes its site report, which is baked into a third weave of stock
/// Jint (default <see cref="BakeSettings"/>) before any measured child starts.
/// </summary>
internal static class Conductor
{
    public static int Run(BenchOptions options)
    {
        var weave = WeaveJint();
        Console.WriteLine($"Jint woven: {weave.SitesRewritten} of {weave.SitesFound} call sites rewritten.");
        var bake = options.WithBaked ? BakeJint(options) : null;
        var results = new List<ChildResult>();
        string[] variants = [Variants.Stock, Variants.Woven, .. options.WithOff ? [Variants.Off] : Array.Empty<string>(), .. options.WithBaked ? [Variants.Baked] : Array.Empty<string>()];
        var total = options.Runs * options.Programs.Count * variants.Length;
        for (var run = 0; run < options.Runs; run++)
        {
            foreach (var program in options.Programs)
            {
                var order = variants.Skip(run % variants.Length).Concat(variants.Take(run % variants.Length));
                foreach (var variant in order)
                {
                    var result = RunChild(new ChildOptions(variant, program, options.Warmup, options.Measured));
                    results.Add(result);
                    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"[{results.Count}/{total}] run {run + 1} {program,-10} {variant,-5} {result.OpsPerSecond,10:F1} ops/s{(variant is Variants.Woven or Variants.Baked ? $", {result.Promoted} of {result.Sites} sites promoted" : "")}"));
                }
            }
        }

        var table = ResultTable.Create(options, results, weave, bake);
        Console.WriteLine();
        Console.WriteLine(table.Markdown);
        if (options.Output is { } output)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(output)!);
            File.WriteAllText(output, table.Markdown);
            Console.WriteLine($"written to {output}");
        }

        return table.Problems.Count == 0 ? 0 : 1;
    }

    private static WeaveResult WeaveJint()
    {
        var stock = Path.Combine(Variants.Folder(Variants.Stock), "Jint.dll");
        var woven = Path.Combine(Variants.Folder(Variants.Woven), "Jint.dll");

        // Jint's dependency (Acornima) sits beside the benchmark, where the default context loads it from.
        return AssemblyWeaver.Weave(stock, woven, new WeaveOptions { ReferenceDirectories = [AppContext.BaseDirectory] });
    }

    /// <summary>Records a profile of the woven build over the workload (in a process of its own), then weaves stock Jint with it.</summary>
    private static Bake BakeJint(BenchOptions options)
    {
        var profile = Path.Combine(AppContext.BaseDirectory, "jint", "profile.json");
        var record = new RecordOptions(profile, options.Record, options.Programs);
        using (var process = Process.Start(StartInfo(record.ToArguments()))!)
        {
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            process.WaitForExit();
            if (process.ExitCode != 0)
            {
                throw new InvalidOperationException($"recording failed (exit {process.ExitCode}):\n{output.Result}\n{error.Result}");
            }

            Console.Write(output.Result);
        }

        var stock = Path.Combine(Variants.Folder(Variants.Stock), "Jint.dll");
        var baked = Path.Combine(Variants.Folder(Variants.Baked), "Jint.dll");
        // --leave-monomorphic: sites the profile shows as (nearly) monomorphic stay unwoven, to the JIT;
        // --only-profitable: so does every call the profile shows no gain for.
        var loaded = BakeProfile.Load(profile, new BakeSettings { LeaveMonomorphicToJit = options.LeaveMonomorphic ? BakeSettings.MonomorphicShare : null, WeaveOnlyProfitable = options.OnlyProfitable });
        var result = AssemblyWeaver.Weave(stock, baked, new WeaveOptions { Profile = loaded, ReferenceDirectories = [AppContext.BaseDirectory] });
        var bake = new Bake(options.Record, loaded.Count, result);
        Console.WriteLine($"Jint baked: {bake.Describe()}.");
        return bake;
    }

    /// <summary>A child of this benchmark with default runtime settings: no <c>OPTPOLINE_</c> variables.</summary>
    private static ProcessStartInfo StartInfo(IEnumerable<string> arguments)
    {
        var start = new ProcessStartInfo("dotnet", [typeof(Conductor).Assembly.Location, .. arguments])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var name in start.Environment.Keys.Where(k => k.StartsWith("OPTPOLINE_", StringComparison.Ordinal)).ToList())
        {
            start.Environment.Remove(name);
        }

        return start;
    }

    private static ChildResult RunChild(ChildOptions child)
    {
        var start = StartInfo(child.ToArguments());
        if (child.Variant == Variants.Off)
        {
            start.Environment["OPTPOLINE_ENABLED"] = "0";
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        var lines = output.Result.Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        var line = lines.LastOrDefault(l => l.StartsWith(Child.ResultPrefix, StringComparison.Ordinal));
        if (line is null)
        {
            throw new InvalidOperationException($"child {string.Join(' ', child.ToArguments())} failed (exit {process.ExitCode}):\n{output.Result}\n{error.Result}");
        }

        var result = JsonSerializer.Deserialize<ChildResult>(line[Child.ResultPrefix.Length..], ChildResult.Json)!;
        if (lines.LastOrDefault(l => l.StartsWith(Child.SitesPrefix, StringComparison.Ordinal)) is { } sites)
        {
            result.Hot = JsonSerializer.Deserialize<List<HotSite>>(sites[Child.SitesPrefix.Length..], ChildResult.Json);
        }
        else if (lines.LastOrDefault(l => l.StartsWith(Child.BakedPrefix, StringComparison.Ordinal)) is { } baked)
        {
            result.Baked = JsonSerializer.Deserialize<BakedSites>(baked[Child.BakedPrefix.Length..], ChildResult.Json);
        }
        else if (child.Variant is Variants.Woven or Variants.Baked)
        {
            // The measurement is complete; only the report failed (the child's stderr says how).
            var first = error.Result.Split('\n').Take(3).Select(l => l.Trim()).Where(l => l.Length > 0);
            result.ReportFailure = $"exit {process.ExitCode}: {string.Join(" ", first)}";
        }

        return result;
    }
}
