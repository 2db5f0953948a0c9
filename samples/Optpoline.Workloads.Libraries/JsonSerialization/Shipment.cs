namespace Optpoline.Workloads.Libraries.JsonSerialization;

/// <summary>A shipment and its tracking history: the document the workload writes and reads.</summary>
internal sealed class Shipment
{
    public string Id { get; set; } = "";

    public bool Express { get; set; }

    public List<TrackingEvent> Events { get; set; } = [];

    public void AddTo(ref Fnv1a hash)
    {
        hash.AddText(Id);
        hash.Add(Express ? 1 : 0);
        hash.Add(Events.Count);
        foreach (var trackingEvent in Events)
        {
            trackingEvent.AddTo(ref hash);
        }
    }
}
