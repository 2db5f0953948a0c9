using System.Reflection;
using System.Runtime.Loader;
using System.Text.Json;

namespace Optpoline.JintBench;

/// <summary>
/// One measurement in its own process: Jint is loaded from the variant's folder (the benchmark is
/// compiled against Jint but does not ship it), the program runs for the warm-up, then for the
/// measured time, and the result is printed as one line: <c>RESULT {json}</c>. The woven child then
/// prints its most sampled sites from the runtime's report: <c>SITES {json}</c>, on a line of its
/// own, so that the measurement survives a report that fails; the baked child prints what its baked
/// guards hit the same way: <c>BAKED {json}</c>.
/// </summary>
internal static class Child
{
    public const string ResultPrefix = "RESULT ";
    public const string SitesPrefix = "SITES ";
    public const string BakedPrefix = "BAKED ";

    public static int Run(ChildOptions options)
    {
        var folder = Variants.Folder(options.Variant);
        AssemblyLoadContext.Default.Resolving += (context, name) =>
            name.Name == "Jint" ? context.LoadFromAssemblyPath(Path.Combine(folder, "Jint.dll")) : null;

        var source = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "programs", options.Program + ".js"));
        var measurement = JintWorkload.Measure(source, options.Warmup, options.Measured, options.Timeline);
        var woven = JintWorkload.JintAssembly.GetCustomAttribute<OptpolineWovenAttribute>() is not null;
        if (woven != Variants.IsWoven(options.Variant))
        {
            Console.Error.WriteLine($"child: the {options.Variant} variant loaded a Jint that is {(woven ? "" : "not ")}woven ({JintWorkload.JintAssembly.Location}).");
            return 1;
        }

        // Only the woven child has sites; asking the stock child would start a patcher for nothing.
        var result = ChildResult.From(options, measurement, woven ? SiteCounts.Read() : []);
        Console.WriteLine(ResultPrefix + JsonSerializer.Serialize(result, ChildResult.Json));
        if (options.Variant == Variants.Woven)
        {
            Console.Out.Flush();
            Console.WriteLine(SitesPrefix + JsonSerializer.Serialize(ChildResult.HotSitesOf(OptpolineRuntime.Report()), ChildResult.Json));
        }
        else if (options.Variant == Variants.Baked)
        {
            Console.Out.Flush();
            Console.WriteLine(BakedPrefix + JsonSerializer.Serialize(BakedSites.From(OptpolineRuntime.Report()), ChildResult.Json));
        }

        return 0;
    }
}
