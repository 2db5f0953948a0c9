using System.Text.Json.Serialization;

namespace Optpoline.Workloads.Libraries.JsonSerialization;

/// <summary>
/// What happened to a shipment: a polymorphic hierarchy, written with a <c>$kind</c> discriminator
/// and read back as the same derived type.
/// </summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "$kind")]
[JsonDerivedType(typeof(PickedUp), "picked-up")]
[JsonDerivedType(typeof(InTransit), "in-transit")]
[JsonDerivedType(typeof(Delivered), "delivered")]
internal abstract class TrackingEvent
{
    public int Sequence { get; set; }

    public string Location { get; set; } = "";

    /// <summary>Folds the event, its kind first, into <paramref name="hash"/>.</summary>
    public abstract void AddTo(ref Fnv1a hash);
}
