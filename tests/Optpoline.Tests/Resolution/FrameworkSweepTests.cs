using System.Collections;
using System.Reflection;
using System.Runtime.CompilerServices;
using Optpoline.Tests.Differential;
using Xunit.Abstractions;

namespace Optpoline.Tests.Resolution;

/// <summary>
/// Promotes call sites over receivers of the framework's own types (<see cref="FrameworkReceivers"/>),
/// a few types a site, with collections and finalizers run between rounds: no crash, every call
/// equal to the plain call, and no receiver kept alive by the sites that saw it.
/// </summary>
public sealed class FrameworkSweepTests(ITestOutputHelper output)
{
    private const int TypesPerSite = 6;
    private const int Rounds = 3;

    private static readonly MethodInfo ToStringMethod = typeof(object).GetMethod(nameof(ToString))!;
    private static readonly MethodInfo GetHashCodeMethod = typeof(object).GetMethod(nameof(GetHashCode))!;
    private static readonly MethodInfo EqualsMethod = typeof(object).GetMethod(nameof(Equals), [typeof(object)])!;
    private static readonly MethodInfo GetEnumeratorMethod = typeof(IEnumerable).GetMethod(nameof(IEnumerable.GetEnumerator))!;

    [Fact]
    public void Invoke_FrameworkReceivers_PromotedCallsMatchPlainCallsAndKeepNothingAlive()
    {
        var sources = FrameworkReceivers.Sources();
        var census = new SweepCensus();
        var watched = new List<(string Name, WeakReference Used, WeakReference Control)>();

        for (var first = 0; first < sources.Count; first += TypesPerSite)
        {
            var batch = sources.GetRange(first, Math.Min(TypesPerSite, sources.Count - first));
            var made = batch.Select(s => (s.Name, Made: TryMake(s.Make))).Where(s => s.Made is not null).ToList();
            census.Unmade += batch.Count - made.Count;
            if (made.Count > 0)
            {
                SweepBatch(made.ConvertAll(m => (m.Name, Make: batch.First(b => b.Name == m.Name).Make)), census, watched);
            }
        }

        CollectEverything();
        var leaked = watched.Where(w => w.Used.IsAlive && !w.Control.IsAlive).Select(w => w.Name).ToList();
        output.WriteLine(census.ToString());

        Assert.Empty(census.Mismatches);
        Assert.Empty(leaked);
        Assert.True(census.Receivers >= 100, $"only {census.Receivers} receivers could be made");
        Assert.True(census.Slotted >= census.Receivers * 0.9, $"only {census.Slotted} of {census.Receivers} receiver types took a slot: {census}");
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void SweepBatch(List<(string Name, Func<object> Make)> batch, SweepCensus census, List<(string, WeakReference, WeakReference)> watched)
    {
        var patcher = new TestPatcher(EagerOptions.Fixed);
        var toString = patcher.Site<Func<object, string?>>(ToStringMethod);
        var hash = patcher.Site<Func<object, int>>(GetHashCodeMethod);
        var equals = patcher.Site<Func<object, object?, bool>>(EqualsMethod);
        var enumerate = patcher.Site<Func<IEnumerable, IEnumerator>>(GetEnumeratorMethod);
        object[] receivers = [];
        for (var round = 0; round < Rounds; round++)
        {
            receivers = [.. batch.Select(b => TryMake(b.Make)!).Where(r => r is not null)];
            patcher.Tick(patcher.Options.SamplingPeriod);
            for (var i = 0; i < patcher.Options.BurstLength * 2; i++)
            {
                var receiver = receivers[i % receivers.Length];
                var name = batch[i % receivers.Length].Name;
                Compare(census, name, "ToString", () => receiver.ToString(), () => toString.Invoke(receiver));
                Compare(census, name, "GetHashCode", () => receiver.GetHashCode(), () => hash.Invoke(receiver));
                Compare(census, name, "Equals", () => receiver.Equals(receiver), () => equals.Invoke(receiver, receiver));
                if (receiver is IEnumerable enumerable)
                {
                    Compare(census, name, "GetEnumerator", () => enumerable.GetEnumerator()?.GetType(), () => enumerate.Invoke(enumerable)?.GetType());
                }
            }

            patcher.Tick();
            CollectEverything();
        }

        var slotted = toString.SlotTypes.Concat(hash.SlotTypes).Concat(equals.SlotTypes).ToHashSet();
        census.Receivers += receivers.Length;
        census.Slotted += receivers.Count(r => slotted.Contains(r.GetType()));
        census.Promoted += new CallSite[] { toString, hash, equals, enumerate }.Count(s => s.Patches > 0);
        for (var i = 0; i < receivers.Length; i++)
        {
            watched.Add((batch[i].Name, new WeakReference(receivers[i]), new WeakReference(TryMake(batch[i].Make))));
        }
    }

    private static void Compare(SweepCensus census, string name, string call, Func<object?> plain, Func<object?> viaSite)
    {
        census.Calls++;
        var expected = Outcome(plain);
        var actual = Outcome(viaSite);
        if (Equals(expected, actual))
        {
            return;
        }

        // Some objects answer differently each time (a stopwatch's ToString, a fresh enumerator's hash):
        // a mismatch counts only if the plain call agrees with itself.
        if (Equals(expected, Outcome(plain)))
        {
            census.Mismatches.Add($"{name}.{call}: plain {expected}, through the site {actual}");
        }
    }

    private static object? Outcome(Func<object?> call)
    {
        try
        {
            return call();
        }
        catch (Exception e)
        {
            return e.GetType();
        }
    }

    private static object? TryMake(Func<object> make)
    {
        try
        {
            return make();
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return null;
        }
    }

    private static void CollectEverything()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
    }

    private sealed class SweepCensus
    {
        public int Receivers;
        public int Slotted;
        public int Unmade;
        public int Promoted;
        public long Calls;

        public List<string> Mismatches { get; } = [];

        public override string ToString() =>
            $"{Receivers} receivers ({Unmade} sources could not be made), {Slotted} took a slot, {Promoted} sites patched, {Calls} calls compared, {Mismatches.Count} mismatches";
    }
}
