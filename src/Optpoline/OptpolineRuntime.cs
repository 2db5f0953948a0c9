using System.Runtime.CompilerServices;
using Optpoline.Patching;
using Optpoline.Reporting;

namespace Optpoline;

/// <summary>The process-wide Optpoline runtime: its settings, its patcher and its report.</summary>
public static class OptpolineRuntime
{
    private static readonly Lazy<Patcher> s_patcher = new(CreatePatcher, LazyThreadSafetyMode.ExecutionAndPublication);

    // Sites made while the runtime itself starts up, on the thread starting it, get this patcher
    // instead: one that never promotes and has no thread (see IsStartingOnThisThread).
    private static readonly Lazy<Patcher> s_inert = new(
        () => new Patcher(new OptpolineOptions { Enabled = false }, TimeProvider.System, background: false, disabledReason: "made while the Optpoline runtime was starting: stays a plain call"),
        LazyThreadSafetyMode.ExecutionAndPublication);

    [ThreadStatic]
    private static bool t_starting;

    /// <summary>The current settings (from <c>OPTPOLINE_*</c> variables unless <see cref="Configure"/> was called).</summary>
    public static OptpolineOptions Options => Patcher.Options;

    /// <summary>Whether this process can generate dispatchers (false under NativeAOT).</summary>
    public static bool IsDynamicCodeSupported => RuntimeFeature.IsDynamicCodeSupported;

    /// <summary>The name of the <see cref="System.Diagnostics.Metrics.Meter"/> Optpoline reports to.</summary>
    public static string MeterName => Telemetry.OptpolineMetrics.MeterName;

    internal static Patcher Patcher => s_patcher.Value;

    /// <summary>
    /// Whether the calling thread is inside the runtime's own start-up. The runtime uses libraries an
    /// app may ship newer copies of (<c>System.Diagnostics.DiagnosticSource</c> for its meter), and a
    /// woven copy makes sites, which would ask for the patcher being made: a cycle that used to throw
    /// from every woven holder's static constructor. Sites made then get <see cref="InertPatcher"/>.
    /// </summary>
    internal static bool IsStartingOnThisThread => t_starting;

    /// <summary>A patcher that never promotes, for sites that cannot have the real one.</summary>
    internal static Patcher InertPatcher => s_inert.Value;

    /// <summary>Replaces the settings; sites pick them up at their next evaluation.</summary>
    /// <exception cref="OptpolineConfigurationException">The settings are out of range.</exception>
    public static void Configure(OptpolineOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        Patcher.Options = options;
    }

    /// <summary>A snapshot of every live site: state, slots with type shares, samples, misses, patches.</summary>
    public static SiteReport Report() => Patcher.Report();

    private static Patcher CreatePatcher()
    {
        t_starting = true;
        try
        {
            // Publish the meter's instruments as soon as the runtime exists, not at the first patch.
            Telemetry.OptpolineMetrics.Initialize();
            try
            {
                return new Patcher(OptpolineOptions.FromEnvironment(), TimeProvider.System, background: true);
            }
            catch (OptpolineConfigurationException e)
            {
                // A bad variable must not take the host application down: run every site plain and say why.
                Console.Error.WriteLine("optpoline: " + e.Message);
                return new Patcher(new OptpolineOptions { Enabled = false }, TimeProvider.System, background: true, disabledReason: "configuration error (see stderr): every site stays a plain call");
            }
        }
        finally
        {
            t_starting = false;
        }
    }
}
