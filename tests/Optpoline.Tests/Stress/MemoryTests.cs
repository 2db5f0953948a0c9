using System.Runtime.CompilerServices;
using Optpoline.Dispatch;
using Optpoline.Patching;
using Optpoline.Tests.Fixtures;

namespace Optpoline.Tests.Stress;

public sealed class MemoryTests
{
    /// <summary>
    /// Bound: after 100 000 re-patches of one site, the managed heap is at most 16 MiB larger than
    /// after the first 1 000 (dispatchers are collectible DynamicMethods; nothing keeps old ones).
    /// </summary>
    [Fact]
    public void PublishDispatcher_100000Repatches_HeapStaysBounded()
    {
        const long BoundBytes = 16L * 1024 * 1024;
        var patcher = new TestPatcher();
        var site = patcher.Site<Func<IShape, string>>(s => s.Name());
        var method = typeof(IShape).GetMethod(nameof(IShape.Name))!;
        var targets = All.Shapes.Select(s => TargetResolver.Resolve(method, s, out _)!).ToArray();
        var oldest = new WeakReference<Func<IShape, string>?>(null);

        long baseline = 0;
        for (var i = 0; i < 100_000; i++)
        {
            DispatcherPublisher.Publish(site, [targets[i % targets.Length], targets[(i + 3) % targets.Length]], missThreshold: 256, missSampleEvery: 16);
            if (i % 1000 == 0)
            {
                // Run the newest dispatcher now and then, so published code is really executed.
                CallOnce(site, All.Shapes[i % targets.Length]);
            }

            if (i == 1_000)
            {
                Remember(oldest, site);
                baseline = Heap();
            }
        }

        site.PublishPlain();
        var growth = Heap() - baseline;

        Assert.True(growth < BoundBytes, $"heap grew by {growth / 1024} KiB over 99 000 re-patches");
        Assert.False(oldest.TryGetTarget(out var alive) && alive is not null, "an old dispatcher is still reachable");
    }

    // Not inlined: in Debug builds a temporary in the test's own frame would keep the delegate alive.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void Remember(WeakReference<Func<IShape, string>?> weak, CallSite<Func<IShape, string>> site) => weak.SetTarget(site.Target);

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void CallOnce(CallSite<Func<IShape, string>> site, IShape shape) => Assert.Equal(shape.Name(), site.Target!(shape));

    private static long Heap()
    {
        for (var i = 0; i < 3; i++)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
        }

        return GC.GetTotalMemory(forceFullCollection: true);
    }
}
