using MessagePack;

namespace Optpoline.Workloads.Libraries.MessagePackSerialization;

/// <summary>A postal address, nested in orders and customer profiles.</summary>
[MessagePackObject]
public sealed class Address
{
    [Key(0)]
    public string Street { get; set; } = "";

    [Key(1)]
    public string City { get; set; } = "";

    [Key(2)]
    public string PostCode { get; set; } = "";

    internal void AddTo(ref Fnv1a hash)
    {
        hash.AddText(Street);
        hash.AddText(City);
        hash.AddText(PostCode);
    }
}
