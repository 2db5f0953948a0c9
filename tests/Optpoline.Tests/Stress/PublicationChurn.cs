using Optpoline.Dispatch;
using Optpoline.Patching;

namespace Optpoline.Tests.Stress;

/// <summary>The patcher's side of the concurrency tests, while caller threads keep calling the site.</summary>
internal static class PublicationChurn
{
    /// <summary>
    /// This thread is the patcher: it publishes random slot sets (of <paramref name="targets"/>), the
    /// plain call and bursts, 2 000 times, and runs real ticks in between (the only thread that
    /// publishes, as in production).
    /// </summary>
    public static void Run(TestPatcher patcher, CallSite site, IReadOnlyList<ResolvedTarget> targets)
    {
        var rng = new Random(7);
        for (var i = 0; i < 2_000; i++)
        {
            switch (rng.Next(4))
            {
                case 0:
                    site.PublishPlain();
                    break;
                case 1:
                    if (!site.IsArmed)
                    {
                        site.Arm(8, site.HasRecorder ? null : DispatcherCompiler.CompileRecorder(site.DelegateType, site.Method, site));
                    }

                    break;
                default:
                    DispatcherPublisher.Publish(site, [.. targets.OrderBy(_ => rng.Next()).Take(rng.Next(1, 9))], missThreshold: 64, missSampleEvery: 4);
                    break;
            }

            patcher.Tick();
        }
    }
}
