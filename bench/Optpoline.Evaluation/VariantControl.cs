namespace Optpoline.Evaluation;

/// <summary>The variants besides the plain build and <c>--all</c> with a policy: the default workflow, and the controls of <c>bench --controls</c>.</summary>
internal enum VariantControl
{
    None,

    /// <summary>Run under <c>optpoline run</c> with nothing woven: the cost of the host alone.</summary>
    Hosted,

    /// <summary>Woven, with <c>OPTPOLINE_ENABLED=0</c>: the cost of the shims alone.</summary>
    Disabled,

    /// <summary>
    /// The default workflow, after its first run: <c>optpoline run</c> with a profile store that an
    /// earlier, unmeasured run of the same workload learned into. Each measured run weaves from the
    /// store and merges what it saw back, as a user's later runs do.
    /// </summary>
    Default,
}
