namespace Optpoline.Dispatch;

/// <summary>
/// The closure of one published dispatcher: its miss counter. A new dispatcher gets a new state,
/// so a thread still running an old dispatcher only ever touches the old counter.
/// </summary>
internal sealed class DispatchState
{
    /// <summary>
    /// Misses of this dispatcher. Incremented without interlocking by the emitted fallback path:
    /// concurrent misses may lose counts, a price we pay to keep a miss at one add and one store.
    /// </summary>
    public int Misses;

    private readonly CallSite _site;
    private readonly int _missThreshold;
    private int _nextRequestAt;

    public DispatchState(CallSite site, int missThreshold)
    {
        _site = site;
        _missThreshold = missThreshold;
        _nextRequestAt = missThreshold;
    }

    /// <summary>Called by the fallback path for one miss in <see cref="OptpolineOptions.MissSampleEvery"/>.</summary>
    public void OnSampledMiss()
    {
        var misses = Volatile.Read(ref Misses);
        if (misses >= _nextRequestAt)
        {
            _nextRequestAt = misses + _missThreshold;
            _site.RequestBurst();
        }
    }
}
