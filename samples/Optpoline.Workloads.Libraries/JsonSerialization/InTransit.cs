namespace Optpoline.Workloads.Libraries.JsonSerialization;

internal sealed class InTransit : TrackingEvent
{
    public string Carrier { get; set; } = "";

    public int HoursToNextHub { get; set; }

    public override void AddTo(ref Fnv1a hash)
    {
        hash.Add(1);
        hash.Add(Sequence);
        hash.AddText(Location);
        hash.AddText(Carrier);
        hash.Add(HoursToNextHub);
    }
}
