namespace Optpoline.Cli.Evaluation;

/// <summary>How a workload is run: the plain build, or woven with one slot policy (<c>OPTPOLINE_POLICY</c>).</summary>
internal sealed record Variant(string Name, string? Policy)
{
    public static readonly Variant Base = new("base", null);

    public static readonly IReadOnlyList<string> Policies = ["lrm", "lfu", "periodic"];

    public bool IsBase => Policy is null;

    public static Variant Optpoline(string policy) => new("optpoline-" + policy, policy);
}
