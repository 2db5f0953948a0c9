namespace Optpoline.Reporting;

/// <summary>A sampled receiver type and its share of sampled calls (0 to 1).</summary>
public sealed record TypeShare(string Type, double Share);
