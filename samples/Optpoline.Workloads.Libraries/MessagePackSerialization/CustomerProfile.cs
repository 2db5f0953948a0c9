using MessagePack;

namespace Optpoline.Workloads.Libraries.MessagePackSerialization;

/// <summary>A customer's profile: strings, a list of strings, a nested address.</summary>
[MessagePackObject]
public sealed class CustomerProfile
{
    [Key(0)]
    public string Name { get; set; } = "";

    [Key(1)]
    public string Email { get; set; } = "";

    [Key(2)]
    public List<string> Tags { get; set; } = [];

    [Key(3)]
    public Address Home { get; set; } = new();

    [Key(4)]
    public int LoyaltyPoints { get; set; }

    internal void AddTo(ref Fnv1a hash)
    {
        hash.AddText(Name);
        hash.AddText(Email);
        hash.Add(Tags.Count);
        foreach (var tag in Tags)
        {
            hash.AddText(tag);
        }

        Home.AddTo(ref hash);
        hash.Add(LoyaltyPoints);
    }
}
