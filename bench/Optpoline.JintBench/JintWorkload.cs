using System.Diagnostics;
using System.Reflection;
using Jint;

namespace Optpoline.JintBench;

/// <summary>
/// Runs one program: its source is executed once in one engine, then its <c>run()</c> function is
/// called over and over. Every call must return what the first returned.
/// </summary>
/// <remarks>The only type that names Jint's types: it is compiled when first called, after the child has told the runtime where Jint is.</remarks>
internal static class JintWorkload
{
    public static Assembly JintAssembly => typeof(Engine).Assembly;

    /// <summary>
    /// Measures <paramref name="source"/>'s <c>run()</c>. With <paramref name="timeline"/>, also prints
    /// the throughput of every half second to stderr, to see learning and promotion happen.
    /// </summary>
    public static Measurement Measure(string source, TimeSpan warmup, TimeSpan measured, bool timeline = false)
    {
        var engine = new Engine();
        engine.Execute(source);
        var expected = engine.Invoke("run").ToString();
        var consistent = true;

        var clock = Stopwatch.StartNew();
        var window = new Timeline(timeline, clock);
        while (clock.Elapsed < warmup)
        {
            consistent &= engine.Invoke("run").ToString() == expected;
            window.Count();
        }

        long iterations = 0;
        var start = Stopwatch.GetTimestamp();
        TimeSpan elapsed;
        do
        {
            consistent &= engine.Invoke("run").ToString() == expected;
            iterations++;
            window.Count();
            elapsed = Stopwatch.GetElapsedTime(start);
        }
        while (elapsed < measured);

        return new Measurement(iterations, elapsed, expected, consistent);
    }

    /// <summary>
    /// Runs every source's <c>run()</c>, each in its own engine, in turn for <paramref name="slice"/>
    /// (at least one call) until <paramref name="duration"/> has passed; returns the calls made.
    /// </summary>
    public static long Interleave(IReadOnlyList<string> sources, TimeSpan duration, TimeSpan slice)
    {
        var engines = sources.Select(source =>
        {
            var engine = new Engine();
            engine.Execute(source);
            return engine;
        }).ToList();

        long calls = 0;
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < duration)
        {
            foreach (var engine in engines)
            {
                var start = clock.Elapsed;
                do
                {
                    engine.Invoke("run");
                    calls++;
                }
                while (clock.Elapsed - start < slice);
            }
        }

        return calls;
    }
}
