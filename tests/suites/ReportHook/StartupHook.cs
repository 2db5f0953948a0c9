using System.Diagnostics.CodeAnalysis;
using System.Reflection;

/// <summary>
/// Loaded by the runtime from <c>DOTNET_STARTUP_HOOKS</c>. Once the Optpoline runtime is loaded (some
/// woven code ran), writes <c>OptpolineRuntime.Report().ToJson()</c> to
/// <c>$OPTPOLINE_REPORT_DIR/report-&lt;pid&gt;.json</c> every <c>$OPTPOLINE_REPORT_EVERY_MS</c> (default
/// 2000) and when the process exits. The periodic copy is there because a test runner may kill its
/// test host shortly after the last test (VSTest waits 100 ms) before the exit handler has finished.
/// The file is the same report as <c>optpoline run --report</c> writes, so <c>optpoline report</c>
/// reads it and <c>optpoline weave --profile</c> takes it as a profile.
/// </summary>
[SuppressMessage("Design", "CA1050:Declare types in namespaces", Justification = "The runtime looks for a type named StartupHook in no namespace.")]
internal static class StartupHook
{
    private static readonly Lock s_gate = new();

    public static void Initialize()
    {
        var folder = Environment.GetEnvironmentVariable("OPTPOLINE_REPORT_DIR");
        if (string.IsNullOrEmpty(folder))
        {
            return;
        }

        var every = int.TryParse(Environment.GetEnvironmentVariable("OPTPOLINE_REPORT_EVERY_MS"), out var ms) && ms > 0 ? ms : 2000;
        var timer = new Timer(_ => Write(folder), null, every, every);
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            timer.Dispose();
            Write(folder);
        };
    }

    [SuppressMessage("Design", "CA1031:Do not catch general exception types", Justification = "A report that cannot be taken must not change the process's exit.")]
    private static void Write(string folder)
    {
        var runtime = AppDomain.CurrentDomain.GetAssemblies().FirstOrDefault(a => a.GetName().Name == "Optpoline");
        var report = runtime?.GetType("Optpoline.OptpolineRuntime")?.GetMethod("Report", BindingFlags.Public | BindingFlags.Static, Type.EmptyTypes);
        if (report is null)
        {
            return;
        }

        try
        {
            var snapshot = report.Invoke(null, null)!;
            var json = (string)snapshot.GetType().GetMethod("ToJson", Type.EmptyTypes)!.Invoke(snapshot, null)!;
            Directory.CreateDirectory(folder);
            var path = Path.Combine(folder, $"report-{Environment.ProcessId}.json");
            lock (s_gate)
            {
                File.WriteAllText(path + ".tmp", json);
                File.Move(path + ".tmp", path, overwrite: true);
            }
        }
        catch (Exception e)
        {
            Console.Error.WriteLine($"Optpoline.ReportHook: no report written: {e}");
        }
    }
}
