using Optpoline.Dispatch;
using Optpoline.Tests.Fixtures;

namespace Optpoline.Tests.Stress;

/// <summary>Real threads: callers hammer one site while a patcher thread keeps re-publishing it.</summary>
public sealed class ConcurrencyTests
{
    [Fact]
    public void Invoke_WhilePatcherRepublishesContinuously_EveryResultRight()
    {
        var patcher = new TestPatcher(new OptpolineOptions { BurstLength = 8 });
        var site = patcher.Site<Func<IShape, string>>(s => s.Name());
        var method = typeof(IShape).GetMethod(nameof(IShape.Name))!;
        var targets = All.Shapes.Select(s => TargetResolver.Resolve(method, s, out _)!).ToArray();
        var errors = StressLoop.Run(patcher, site, targets, random =>
        {
            var shape = All.Shapes[random.Next(All.Shapes.Length)];

            // Both ways of calling: the Invoke property and the generated-shim form.
            var viaInvoke = site.Invoke(shape);
            var d = site.Target;
            var viaShim = d is null ? shape.Name() : d(shape);
            return viaInvoke != shape.Name() || viaShim != shape.Name() ? $"{shape.GetType().Name}: {viaInvoke}/{viaShim}" : null;
        });

        Assert.Empty(errors);
        Assert.True(site.Learning().Bursts > 0, "no burst completed: the recorder path was not exercised");
    }
}
