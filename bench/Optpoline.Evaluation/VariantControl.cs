namespace Optpoline.Evaluation;

/// <summary>The control variants of <c>bench --controls</c> and <c>--profiled</c>.</summary>
internal enum VariantControl
{
    None,

    /// <summary>Run under <c>optpoline run</c> with nothing woven: the cost of the host alone.</summary>
    Hosted,

    /// <summary>Woven, with <c>OPTPOLINE_ENABLED=0</c>: the cost of the shims alone.</summary>
    Disabled,

    /// <summary>
    /// Woven with a profile recorded by an earlier, unmeasured Optpoline run of the same workload,
    /// weaving only what it shows pays (<c>optpoline run --profile --only-profitable</c>).
    /// </summary>
    Profiled,
}
