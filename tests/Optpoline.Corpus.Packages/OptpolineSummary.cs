using System.Collections;

namespace Optpoline.Corpus.Packages;

/// <summary>
/// When the app runs woven, the Optpoline runtime is loaded: how many call sites it has and how many
/// were promoted goes to standard error (the app as built prints nothing there). Reflection keeps the
/// app free of a reference to Optpoline.
/// </summary>
internal static class OptpolineSummary
{
    public static void WriteTo(TextWriter error)
    {
        var runtime = AppDomain.CurrentDomain.GetAssemblies().FirstOrDefault(a => a.GetName().Name == "Optpoline")?.GetType("Optpoline.OptpolineRuntime");
        if (runtime?.GetMethod("Report")?.Invoke(null, null) is not { } report || report.GetType().GetProperty("Sites")?.GetValue(report) is not IEnumerable sites)
        {
            return;
        }

        var all = sites.Cast<object>().ToList();
        var promoted = all.Count(s => s.GetType().GetProperty("State")?.GetValue(s)?.ToString() == "Promoted");
        error.WriteLine($"optpoline: {all.Count} sites, {promoted} promoted");
    }
}
