namespace Optpoline.Patching;

/// <summary>
/// What an evaluation leaves for the tick to do: evaluate again next tick (out of compile budget:
/// the samples are kept), or arm the next burst at <see cref="NextBurstAt"/>.
/// </summary>
internal readonly record struct EvaluationOutcome(bool Deferred, DateTimeOffset NextBurstAt)
{
    public static EvaluationOutcome Defer { get; } = new(true, default);

    public static EvaluationOutcome NextBurst(DateTimeOffset at) => new(false, at);
}
