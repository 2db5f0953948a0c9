namespace Optpoline.Evaluation;

/// <summary>
/// How a workload is run: the plain build; the default workflow (<c>optpoline run</c> with a profile
/// store learned by an earlier run); every call woven (<c>--all</c>) with one slot policy
/// (<c>OPTPOLINE_POLICY</c>); or, with <c>--controls</c>, two controls that take the difference
/// apart: hosted by <c>optpoline run</c> but not woven, and every call woven with the runtime switched
/// off (<c>OPTPOLINE_ENABLED=0</c>: every site stays on its shim's plain call).
/// </summary>
internal sealed record Variant(string Name, string? Policy, VariantControl Control = VariantControl.None)
{
    public static readonly Variant Base = new("base", null);

    public static readonly Variant Hosted = new("hosted", null, VariantControl.Hosted);

    public static readonly Variant Disabled = new("disabled", null, VariantControl.Disabled);

    public static readonly Variant Default = new("default", null, VariantControl.Default);

    public static readonly IReadOnlyList<string> Policies = ["lrm", "lfu", "periodic"];

    public bool IsBase => Policy is null && Control == VariantControl.None;

    /// <summary>The child runs woven code (Optpoline on or off).</summary>
    public bool IsWoven => Policy is not null || Control is VariantControl.Disabled or VariantControl.Default;

    /// <summary>What the table adds to the workload's name.</summary>
    public string Suffix => Control switch
    {
        VariantControl.Hosted => "hosted, not woven",
        VariantControl.Disabled => "woven, runtime off",
        VariantControl.Default => "default, learned",
        _ => "--all, " + Policy,
    };

    public static Variant Optpoline(string policy) => new("all-" + policy, policy);
}
