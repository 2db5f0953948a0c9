namespace Optpoline.Tests.Differential;

/// <summary>The calls made on one site: receivers (by index into the site's receiver types, -1 for null), arguments, call form.</summary>
internal sealed class CallSequence
{
    public required int[] Receivers { get; init; }

    /// <summary>Which of the two instances of the receiver type is used.</summary>
    public required int[] Instances { get; init; }

    public required int[] Ints { get; init; }

    public required string?[] Strings { get; init; }

    /// <summary>Call through the shim form rather than <c>Invoke</c>.</summary>
    public required bool[] Shim { get; init; }

    /// <summary>The patcher ticks before every this many calls.</summary>
    public required int TickEvery { get; init; }

    /// <summary>The phases, for failure messages.</summary>
    public required string Description { get; init; }

    public int Length => Receivers.Length;
}
