using System.Diagnostics;
using System.Globalization;
using Jint;
using Optpoline.Workloads;

namespace Optpoline.Soak;

/// <summary>
/// The soak: every in-process workload of the demo and a JavaScript engine, run in turns for a set
/// time, with phase changes (so promoted sites must re-learn) and a forced, compacting full collection
/// every <see cref="CollectEvery"/>. Every few seconds each workload re-verifies; a checksum that moves
/// is a wrong result. The managed heap is measured after a full collection every
/// <see cref="HeapEvery"/> rounds: the workloads' own state grows with the rounds they run, so the
/// test compares a woven run's heap with a plain run's at the same round.
/// </summary>
/// <remarks>
/// Prints <c>CHECKSUM name value</c> per workload, <c>JS value</c>, <c>HEAP round bytes</c> lines,
/// <c>ROUNDS n</c>; exits 3 on a checksum that changed during the run.
/// </remarks>
internal sealed class SoakRun(TimeSpan duration, TextWriter output)
{
    private static readonly TimeSpan CollectEvery = TimeSpan.FromMilliseconds(200);
    private static readonly TimeSpan VerifyEvery = TimeSpan.FromSeconds(2);
    private const int HeapEvery = 25;

    // The test compares heaps over at least 100 common rounds: on a loaded machine the duration alone
    // may not reach them, so the soak runs on until it has.
    private const int MinRounds = 200;

    // Objects, closures, prototype chains, strings and arrays: the interpreter's polymorphic paths.
    private const string Script = """
        function Shape(n) { this.n = n; }
        Shape.prototype.area = function () { return this.n * 2; };
        function Square(n) { Shape.call(this, n); }
        Square.prototype = Object.create(Shape.prototype);
        Square.prototype.area = function () { return this.n * this.n; };
        var total = 0, words = [];
        for (var i = 0; i < 300; i++) {
          var s = i % 3 === 0 ? new Square(i) : new Shape(i);
          total += s.area();
          words.push(('w' + i).toUpperCase());
        }
        var fib = function (n) { return n < 2 ? n : fib(n - 1) + fib(n - 2); };
        total + ':' + fib(15) + ':' + words.filter(function (w) { return w.length > 3; }).join('').length + ':' + JSON.stringify({ a: [1, 2, { b: 'c' }] });
        """;

    public int Run()
    {
        var workloads = WorkloadCatalog.Names.Where(n => n != "kv-tcp").Order(StringComparer.Ordinal).Select(n => WorkloadCatalog.Create(n)!).ToList();
        var expected = workloads.ToDictionary(w => w.Name, w => w.Verify());
        var js = Evaluate();
        var clock = Stopwatch.StartNew();
        var nextCollect = CollectEvery;
        var nextVerify = VerifyEvery;
        var heap = new List<(int Round, long Bytes)>();
        var rounds = 0;
        var phase = 0;
        while (clock.Elapsed < duration || rounds < MinRounds)
        {
            rounds++;
            foreach (var workload in workloads)
            {
                workload.EnterPhase(phase);
                for (var i = 0; i < 5; i++)
                {
                    workload.RunBatch();
                }
            }

            if (Evaluate() != js)
            {
                output.WriteLine($"MISMATCH js after {clock.Elapsed.TotalSeconds:F1} s");
                return 3;
            }

            if (clock.Elapsed >= nextCollect)
            {
                nextCollect = clock.Elapsed + CollectEvery;
                GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
                GC.WaitForPendingFinalizers();
            }

            if (clock.Elapsed >= nextVerify)
            {
                nextVerify = clock.Elapsed + VerifyEvery;
                phase++;
                foreach (var workload in workloads)
                {
                    if (workload.Verify() != expected[workload.Name])
                    {
                        output.WriteLine($"MISMATCH {workload.Name} after {clock.Elapsed.TotalSeconds:F1} s");
                        return 3;
                    }
                }
            }

            if (rounds % HeapEvery == 0)
            {
                heap.Add((rounds, GC.GetTotalMemory(forceFullCollection: true)));
            }
        }

        foreach (var (name, checksum) in expected)
        {
            output.WriteLine($"CHECKSUM {name} {checksum:x16}");
        }

        output.WriteLine($"JS {js}");
        foreach (var (round, bytes) in heap)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"HEAP {round} {bytes}"));
        }

        output.WriteLine($"ROUNDS {rounds}");
        workloads.ForEach(w => w.Dispose());
        return 0;
    }

    private static string Evaluate() => new Engine().Evaluate(Script).ToString();
}
