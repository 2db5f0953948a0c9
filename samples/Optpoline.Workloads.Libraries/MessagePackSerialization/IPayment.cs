using MessagePack;

namespace Optpoline.Workloads.Libraries.MessagePackSerialization;

/// <summary>How an order is paid: a union, written with its case number so that it reads back as the same type.</summary>
[Union(0, typeof(CardPayment))]
[Union(1, typeof(InvoicePayment))]
public interface IPayment
{
    /// <summary>Folds the payment, its case first, into <paramref name="hash"/>.</summary>
    void AddTo(ref Fnv1a hash);
}
