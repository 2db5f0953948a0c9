namespace Optpoline.Patching;

/// <summary>
/// The global rate limit on compilation: a tick compiles at most
/// <see cref="OptpolineOptions.MaxPatchesPerSecond"/> × <see cref="OptpolineOptions.PatchInterval"/>
/// (at least one) dispatchers or recorders; the rest wait for the next tick.
/// </summary>
internal sealed class CompileBudget
{
    private int _granted;
    private int _left;

    /// <summary>How many compilations this tick has made so far.</summary>
    public int Spent => _granted - _left;

    /// <summary>Starts a tick with a full budget.</summary>
    public void Refill(OptpolineOptions options) =>
        _granted = _left = Math.Max(1, (int)(options.MaxPatchesPerSecond * options.PatchInterval.TotalSeconds));

    /// <summary>Takes one compilation from the budget; false when it is spent.</summary>
    public bool TryTake()
    {
        if (_left <= 0)
        {
            return false;
        }

        _left--;
        return true;
    }
}
