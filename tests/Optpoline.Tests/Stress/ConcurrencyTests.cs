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
        var targets = All.Shapes.Select(s => TargetResolver.Resolve(method, s.GetType(), out _)!).ToArray();
        var errors = new List<string>();
        using var stop = new CancellationTokenSource();

        var callers = Enumerable.Range(0, 3).Select(seed => new Thread(() =>
        {
            var random = new Random(seed);
            var count = 0;
            while (!stop.IsCancellationRequested || count < 10_000)
            {
                var shape = All.Shapes[random.Next(All.Shapes.Length)];
                try
                {
                    // Both ways of calling: the Invoke property and the generated-shim form.
                    var viaInvoke = site.Invoke(shape);
                    var d = site.Target;
                    var viaShim = d is null ? shape.Name() : d(shape);
                    if (viaInvoke != shape.Name() || viaShim != shape.Name())
                    {
                        lock (errors)
                        {
                            errors.Add($"{shape.GetType().Name}: {viaInvoke}/{viaShim}");
                        }
                    }
                }
                catch (Exception e)
                {
                    lock (errors)
                    {
                        errors.Add(e.ToString());
                    }
                }

                count++;
            }
        })).ToList();
        callers.ForEach(t => t.Start());

        // This thread is the patcher: publish random slot sets, plain, and bursts, 2 000 times,
        // and run real ticks in between (the only thread that publishes, as in production).
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
                        site.Arm(8);
                    }

                    break;
                default:
                    site.PublishDispatcher([.. targets.OrderBy(_ => rng.Next()).Take(rng.Next(1, 9))], missThreshold: 64, missSampleEvery: 4);
                    break;
            }

            patcher.Tick();
        }

        stop.Cancel();
        callers.ForEach(t => t.Join());

        Assert.Empty(errors);
        Assert.True(site.Learning.Bursts > 0, "no burst completed: the recorder path was not exercised");
    }
}
