using Optpoline.Dispatch;

namespace Optpoline.Tests.Stress;

/// <summary>
/// Real threads against one site: three callers call it (each with its own seeded random) while the
/// test thread re-publishes it continuously (<see cref="PublicationChurn"/>); each caller goes on
/// until the churn is over and it has made at least 10,000 calls.
/// </summary>
internal static class StressLoop
{
    /// <summary>Runs the loop; <paramref name="call"/> returns an error to report, or null when the call was right.</summary>
    public static List<string> Run<TDelegate>(TestPatcher patcher, CallSite<TDelegate> site, ResolvedTarget[] targets, Func<Random, string?> call)
        where TDelegate : Delegate
    {
        var errors = new List<string>();
        using var stop = new CancellationTokenSource();
        var callers = Enumerable.Range(0, 3).Select(seed => new Thread(() =>
        {
            var random = new Random(seed);
            var count = 0;
            while (!stop.IsCancellationRequested || count < 10_000)
            {
                string? error;
                try
                {
                    error = call(random);
                }
                catch (Exception e)
                {
                    error = e.ToString();
                }

                if (error is not null)
                {
                    lock (errors)
                    {
                        errors.Add(error);
                    }
                }

                count++;
            }
        })).ToList();
        callers.ForEach(t => t.Start());

        PublicationChurn.Run(patcher, site, targets);

        stop.Cancel();
        callers.ForEach(t => t.Join());
        return errors;
    }
}
