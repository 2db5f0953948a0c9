using Optpoline.Dispatch;
using Optpoline.Tests.Delegates;

namespace Optpoline.Tests.Stress;

using Op = Func<int, string?, string>;

/// <summary>Real threads on a delegate site: callers sample and call fresh delegates of every kind while the site is re-published continuously.</summary>
public sealed class DelegateConcurrencyTests
{
    [Fact]
    public void DelegateSite_WhilePatcherRepublishesContinuously_EveryResultRight()
    {
        var patcher = new TestPatcher(new OptpolineOptions { BurstLength = 8 });
        var site = patcher.DelegateSite<Func<Op, int, string?, string>>();
        var invoke = typeof(Op).GetMethod("Invoke")!;
        var targets = DelegateZoo.All.Where(k => k.Promotable)
            .Select(k => DelegateTargetResolver.Resolve(invoke, DelegateProbe.KeyOf(k.Create()), out _)!).ToArray();
        var errors = StressLoop.Run(patcher, site, targets, random =>
        {
            var kind = DelegateZoo.All[random.Next(DelegateZoo.All.Count)];
            var (a, s) = (random.Next(30), random.Next(5) == 0 ? null : "s");
            var expected = Outcome(() => kind.Create()(a, s));
            var viaInvoke = Outcome(() => site.Invoke(kind.Create(), a, s));
            var viaShim = Outcome(() =>
            {
                var d = site.Target;
                var f = kind.Create();
                return d is null ? f(a, s) : d(f, a, s);
            });
            return viaInvoke != expected || viaShim != expected ? $"{kind} ({a}, {s}): plain {expected}, Invoke {viaInvoke}, shim {viaShim}" : null;
        });

        Assert.Empty(errors);
    }

    private static string Outcome(Func<string> call)
    {
        try
        {
            return call();
        }
        catch (Exception e)
        {
            return $"threw {e.GetType().Name}: {e.Message}";
        }
    }
}
