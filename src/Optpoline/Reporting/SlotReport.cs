namespace Optpoline.Reporting;

/// <summary>One slot of a promoted site in a report.</summary>
/// <param name="ReceiverType">The exact receiver type the slot's guard tests for; for a delegate site, the shape of the delegates it takes (<c>instance</c>, <c>static</c>, <c>static, closed</c>).</param>
/// <param name="Target">The method the slot calls directly.</param>
/// <param name="Share">Share of sampled calls that had this receiver type (0 to 1).</param>
/// <param name="ModifiedAt">When the slot was last written.</param>
public sealed record SlotReport(string ReceiverType, string Target, double Share, DateTimeOffset ModifiedAt);
