namespace Optpoline.Workloads.Libraries.JsonSerialization;

internal sealed class PickedUp : TrackingEvent
{
    public Weight Weight { get; set; }

    public int Parcels { get; set; }

    public override void AddTo(ref Fnv1a hash)
    {
        hash.Add(0);
        hash.Add(Sequence);
        hash.AddText(Location);
        hash.Add(Weight.Grams);
        hash.Add(Parcels);
    }
}
