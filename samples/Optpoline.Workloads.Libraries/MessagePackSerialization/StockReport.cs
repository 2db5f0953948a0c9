using MessagePack;

namespace Optpoline.Workloads.Libraries.MessagePackSerialization;

/// <summary>A warehouse's stock: parallel lists of numbers and a date.</summary>
[MessagePackObject]
public sealed class StockReport
{
    [Key(0)]
    public string Warehouse { get; set; } = "";

    [Key(1)]
    public List<int> Levels { get; set; } = [];

    [Key(2)]
    public List<long> Reorders { get; set; } = [];

    [Key(3)]
    public DateTime TakenAt { get; set; }

    internal void AddTo(ref Fnv1a hash)
    {
        hash.AddText(Warehouse);
        hash.Add(Levels.Count);
        foreach (var level in Levels)
        {
            hash.Add(level);
        }

        hash.Add(Reorders.Count);
        foreach (var reorder in Reorders)
        {
            hash.Add(reorder);
        }

        hash.Add(TakenAt.Ticks);
    }
}
