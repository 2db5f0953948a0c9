namespace Optpoline.Policies;

/// <summary>The <see cref="ThrashRule"/>'s decision: the outcome, the capacity after it, and the re-patch history to keep.</summary>
internal sealed record GrowthDecision(GrowthOutcome Outcome, int Capacity, RepatchHistory History);
