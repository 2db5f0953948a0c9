namespace Optpoline.Reporting;

/// <summary>A sampled receiver type and its share of sampled calls (0 to 1).</summary>
/// <param name="Type">The type's readable name.</param>
/// <param name="Share">Its share of sampled calls.</param>
public sealed record TypeShare(string Type, double Share)
{
    /// <summary>The type, findable by a rewriter (virtual, interface and generic-virtual sites; null for delegate keys).</summary>
    public TypeId? Id { get; init; }

    /// <summary>The method a call with this receiver reaches (null when the runtime could not resolve one).</summary>
    public MethodId? Target { get; init; }

    /// <summary>Why the type can take no slot (an array, a type the runtime dispatches per object...); null otherwise.</summary>
    public string? Refusal { get; init; }
}
