using MessagePack;

namespace Optpoline.Corpus.Packages.Model;

[MessagePackObject]
public sealed class PackPoint
{
    [Key(0)]
    public int X { get; set; }

    [Key(1)]
    public int Y { get; set; }

    [Key(2)]
    public string Label { get; set; } = "";
}
