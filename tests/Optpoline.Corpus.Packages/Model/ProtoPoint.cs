using ProtoBuf;

namespace Optpoline.Corpus.Packages.Model;

[ProtoContract]
public sealed class ProtoPoint
{
    [ProtoMember(1)]
    public int X { get; set; }

    [ProtoMember(2)]
    public int Y { get; set; }

    [ProtoMember(3)]
    public string Label { get; set; } = "";
}
