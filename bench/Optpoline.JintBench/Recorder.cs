using System.Reflection;
using System.Runtime.Loader;

namespace Optpoline.JintBench;

/// <summary>
/// The recording phase of the baked variant, in a process of its own: the woven Jint runs the whole
/// workload, every program in turn in short slices (so that a site shared by several programs learns
/// their mix, not the last program's), and the runtime's report is written to a file: the profile
/// that the conductor then bakes into stock Jint. The measured baked runs are other processes.
/// </summary>
internal static class Recorder
{
    /// <summary>How long each program runs before the next one takes over.</summary>
    private static readonly TimeSpan s_slice = TimeSpan.FromMilliseconds(25);

    public static int Run(RecordOptions options)
    {
        var folder = Variants.Folder(Variants.Woven);
        AssemblyLoadContext.Default.Resolving += (context, name) =>
            name.Name == "Jint" ? context.LoadFromAssemblyPath(Path.Combine(folder, "Jint.dll")) : null;

        var sources = options.Programs.Select(p => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "programs", p + ".js"))).ToList();
        var calls = JintWorkload.Interleave(sources, options.Duration, s_slice);
        if (JintWorkload.JintAssembly.GetCustomAttribute<OptpolineWovenAttribute>() is null)
        {
            Console.Error.WriteLine($"record: the Jint loaded is not woven ({JintWorkload.JintAssembly.Location}).");
            return 1;
        }

        var report = OptpolineRuntime.Report();
        File.WriteAllText(options.Output, report.ToJson());
        Console.WriteLine($"recorded {report.Sites.Count} sites over {calls} calls of run() in {options.Duration.TotalSeconds} s: {options.Output}");
        return 0;
    }
}
