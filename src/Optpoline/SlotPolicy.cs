namespace Optpoline;

/// <summary>How a promoted site chooses which slot to give up when a new hot type needs one.</summary>
public enum SlotPolicy
{
    /// <summary>Replace the slot that was modified longest ago (the policy proposed in the optpoline thread).</summary>
    LeastRecentlyModified,

    /// <summary>Replace the slot whose receiver type was sampled least often.</summary>
    LeastFrequentlyUsed,

    /// <summary>Ignore misses between retraining points; rebuild the slots from scratch every <see cref="OptpolineOptions.RetrainPeriod"/> (the first RFC).</summary>
    PeriodicRetraining,
}
