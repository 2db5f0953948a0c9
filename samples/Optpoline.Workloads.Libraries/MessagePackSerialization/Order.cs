using MessagePack;

namespace Optpoline.Workloads.Libraries.MessagePackSerialization;

/// <summary>An order: nested objects, a list, and a payment behind a union interface.</summary>
/// <remarks>Public, like every message type here: MessagePack's dynamic resolver emits its formatters into an assembly of its own, which sees public types only.</remarks>
[MessagePackObject]
public sealed class Order
{
    [Key(0)]
    public int Id { get; set; }

    [Key(1)]
    public string Customer { get; set; } = "";

    [Key(2)]
    public List<OrderLine> Lines { get; set; } = [];

    [Key(3)]
    public Address ShipTo { get; set; } = new();

    [Key(4)]
    public IPayment? Payment { get; set; }

    [Key(5)]
    public bool Express { get; set; }

    internal void AddTo(ref Fnv1a hash)
    {
        hash.Add(Id);
        hash.AddText(Customer);
        hash.Add(Lines.Count);
        foreach (var line in Lines)
        {
            line.AddTo(ref hash);
        }

        ShipTo.AddTo(ref hash);
        if (Payment is null)
        {
            hash.Add(-1);
        }
        else
        {
            Payment.AddTo(ref hash);
        }

        hash.Add(Express ? 1 : 0);
    }
}
