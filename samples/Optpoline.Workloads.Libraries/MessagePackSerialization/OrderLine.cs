using MessagePack;

namespace Optpoline.Workloads.Libraries.MessagePackSerialization;

/// <summary>One line of an <see cref="Order"/>.</summary>
[MessagePackObject]
public sealed class OrderLine
{
    [Key(0)]
    public string Sku { get; set; } = "";

    [Key(1)]
    public int Quantity { get; set; }

    [Key(2)]
    public long UnitPriceCents { get; set; }

    internal void AddTo(ref Fnv1a hash)
    {
        hash.AddText(Sku);
        hash.Add(Quantity);
        hash.Add(UnitPriceCents);
    }
}
