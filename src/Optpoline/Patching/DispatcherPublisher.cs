using Optpoline.Dispatch;

namespace Optpoline.Patching;

/// <summary>The compile and publish step: the patcher compiles a site's dispatcher and hands it to the site, which only publishes it.</summary>
internal static class DispatcherPublisher
{
    /// <summary>Compiles the dispatcher for these slots (in guard order) with a fresh miss counter, and publishes it.</summary>
    public static void Publish(CallSite site, IReadOnlyList<ResolvedTarget> slots, int missThreshold, int missSampleEvery)
    {
        var state = new DispatchState(site, missThreshold);
        site.PublishDispatcher(DispatcherCompiler.CompileFor(site, slots, state, missSampleEvery), state);
    }
}
