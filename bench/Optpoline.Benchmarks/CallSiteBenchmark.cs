using BenchmarkDotNet.Attributes;

namespace Optpoline.Benchmarks;

/// <summary>
/// What every call-site benchmark shares: the distribution parameter, the receiver array and the
/// set-up protocol. Subclasses hold the three variants of one kind of call.
/// </summary>
/// <remarks>
/// <para>Variants, each a loop over the same <see cref="ReceiverMix.Length"/> receivers (so results are ns per call):</para>
/// <list type="bullet">
/// <item><c>Plain</c>: the virtual call as written, left to the JIT and its dynamic PGO (the baseline).</item>
/// <item><c>Optpoline</c>: the shim the rewriter generates, <c>d = Holder.Target; d is null ? plain call : d(x)</c>,
/// through a site that has learned and settled before measurement starts.</item>
/// <item><c>TypeSwitch</c>: exact-type tests over types 0..7 in frequency order, then the plain call:
/// what a programmer who knew the distribution would write.</item>
/// </list>
/// <para>
/// The loops sum integers. A <c>double</c> accumulator cannot stay in a register across the call
/// that every variant keeps for its slow path (the System V ABI saves no XMM register), so the JIT
/// keeps it on the stack, and the store-to-load chain through it (about 2.8 ns per iteration here)
/// would hide everything measured; an integer accumulator lives in a callee-saved register.
/// </para>
/// <para>
/// BenchmarkDotNet runs every case in its own process, so a process holds at most one Optpoline
/// site and the sites of different distributions cannot see each other's receivers.
/// </para>
/// </remarks>
public abstract class CallSiteBenchmark<TReceiver>
    where TReceiver : class
{
    /// <summary>The measured receivers, in the order every variant walks them.</summary>
    protected TReceiver[] receivers = [];

    [ParamsAllValues]
    public Distribution Distribution { get; set; }

    [ParamsAllValues]
    public ReceiverOrder Order { get; set; }

    /// <summary>A new receiver of type <paramref name="type"/> (0..7); <paramref name="n"/> (0..15) varies its state.</summary>
    protected abstract TReceiver Create(int type, int n);

    /// <summary>
    /// Set-up for the variants without a site. For <see cref="Distribution.Stale"/>, first brings
    /// <paramref name="benchmark"/> to tier 1 on the warm-up type, so its PGO guess is frozen there.
    /// </summary>
    protected void SetUp(Func<long> benchmark)
    {
        if (Distribution == Distribution.Stale)
        {
            receivers = ReceiverMix.StaleWarmup(Create);
            TierUp.Run(benchmark);
        }

        receivers = ReceiverMix.Measured(Distribution, Order, Create);
    }

    /// <summary>Set-up for the Optpoline variant: as <see cref="SetUp"/>, then drive the site until it has decided.</summary>
    protected void SetUp(Func<long> benchmark, CallSite site)
    {
        SetUp(benchmark);
        SiteSettler.Settle(site, benchmark, $"{Name}/{Distribution}/{Order}");
    }

    /// <summary>This benchmark class's name (BenchmarkDotNet runs a generated subclass of it).</summary>
    private string Name
    {
        get
        {
            var type = GetType();
            while (type.Assembly != typeof(CallSiteBenchmark<>).Assembly && type.BaseType is { } parent)
            {
                type = parent;
            }

            return type.Name;
        }
    }
}
