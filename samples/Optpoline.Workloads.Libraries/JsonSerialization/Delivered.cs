namespace Optpoline.Workloads.Libraries.JsonSerialization;

internal sealed class Delivered : TrackingEvent
{
    public string SignedBy { get; set; } = "";

    public Weight Weight { get; set; }

    public override void AddTo(ref Fnv1a hash)
    {
        hash.Add(2);
        hash.Add(Sequence);
        hash.AddText(Location);
        hash.AddText(SignedBy);
        hash.Add(Weight.Grams);
    }
}
