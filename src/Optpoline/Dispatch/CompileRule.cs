namespace Optpoline.Dispatch;

/// <summary>
/// The rule that a call through a site never compiles: code is emitted only on the patcher's thread
/// (inside <see cref="Patching.Patcher.RunOnce"/>), or by the public API that creates a site, on the
/// thread that creates it. Every emission reports here, and one made anywhere else is counted, so that
/// a test can hold the runtime to the rule (per thread: a test's own calls are what it checks).
/// </summary>
internal static class CompileRule
{
    [ThreadStatic]
    private static int t_allowed;

    [ThreadStatic]
    private static long t_violations;

    /// <summary>Emissions the calling thread has made outside the patcher and site creation.</summary>
    public static long ViolationsOnThisThread => t_violations;

    /// <summary>Marks the calling thread as allowed to compile until the scope is disposed (the patcher's tick, a site's creation).</summary>
    public static Scope Allow()
    {
        t_allowed++;
        return default;
    }

    /// <summary>Called by every emitter before it emits.</summary>
    public static void OnCompile()
    {
        if (t_allowed == 0)
        {
            t_violations++;
        }
    }

    public readonly struct Scope : IDisposable
    {
        public void Dispose() => t_allowed--;
    }
}
