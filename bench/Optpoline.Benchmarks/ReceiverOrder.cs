namespace Optpoline.Benchmarks;

/// <summary>How the receiver sequence repeats, which decides what the CPU's branch predictors can learn.</summary>
public enum ReceiverOrder
{
    /// <summary>
    /// A shuffled sequence of <see cref="ReceiverMix.Length"/> receivers: nothing to learn, the worst
    /// case for every variant's branches (indirect or conditional).
    /// </summary>
    Random,

    /// <summary>
    /// A shuffled block of <see cref="ReceiverMix.CycleLength"/> receivers, repeated: a loop over the
    /// same mixed data, as an interpreter running the same script or a server replaying the same
    /// request shapes sees. Conditional-branch predictors learn such a cycle better than
    /// indirect-target predictors do.
    /// </summary>
    Cyclic,
}
