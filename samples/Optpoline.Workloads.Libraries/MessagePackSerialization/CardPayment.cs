using MessagePack;

namespace Optpoline.Workloads.Libraries.MessagePackSerialization;

/// <summary>A card payment: the union's case 0.</summary>
[MessagePackObject]
public sealed class CardPayment : IPayment
{
    [Key(0)]
    public string Last4 { get; set; } = "";

    [Key(1)]
    public long AmountCents { get; set; }

    public void AddTo(ref Fnv1a hash)
    {
        hash.Add(0);
        hash.AddText(Last4);
        hash.Add(AmountCents);
    }
}
