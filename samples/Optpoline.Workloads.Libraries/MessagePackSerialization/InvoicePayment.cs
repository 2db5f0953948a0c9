using MessagePack;

namespace Optpoline.Workloads.Libraries.MessagePackSerialization;

/// <summary>Payment on invoice: the union's case 1.</summary>
[MessagePackObject]
public sealed class InvoicePayment : IPayment
{
    [Key(0)]
    public string Reference { get; set; } = "";

    [Key(1)]
    public int DueDays { get; set; }

    public void AddTo(ref Fnv1a hash)
    {
        hash.Add(1);
        hash.AddText(Reference);
        hash.Add(DueDays);
    }
}
