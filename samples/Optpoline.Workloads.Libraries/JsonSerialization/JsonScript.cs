using System.Buffers;
using System.Text.Json;

namespace Optpoline.Workloads.Libraries.JsonSerialization;

/// <summary>
/// System.Text.Json round trips: 16 shipments, each with a history of tracking events of three
/// derived types (<c>[JsonDerivedType]</c>) and weights written by a custom
/// <see cref="System.Text.Json.Serialization.JsonConverter{T}"/>, written to a reused buffer and read
/// back, the batch repeated a few times.
/// </summary>
/// <remarks>
/// System.Text.Json is part of the shared framework, which <c>optpoline run</c> never weaves: its
/// converters call each other, and call ours, through plain virtual calls. Only this assembly's
/// code is woven, and it makes few indirect calls of its own here (folding the events into the
/// checksum): this workload is the control among the library workloads, where Optpoline is expected
/// to change little.
/// </remarks>
internal sealed class JsonScript : ILibraryScript
{
    private const int Rounds = 6;

    private static readonly string[] s_hubs = ["Leith", "Bergen", "Rotterdam", "Tromsø", "Hamburg"];

    private readonly JsonSerializerOptions _options = new(JsonSerializerDefaults.Web);
    private readonly ArrayBufferWriter<byte> _buffer = new(4096);
    private readonly Utf8JsonWriter _writer;
    private readonly Shipment[] _shipments = [.. Enumerable.Range(0, 16).Select(MakeShipment)];

    public JsonScript()
    {
        _writer = new Utf8JsonWriter(_buffer);
    }

    public int Operations => Rounds * _shipments.Length;

    public ulong Run()
    {
        var hash = default(Fnv1a);
        for (var round = 0; round < Rounds; round++)
        {
            foreach (var shipment in _shipments)
            {
                _buffer.ResetWrittenCount();
                _writer.Reset();
                JsonSerializer.Serialize(_writer, shipment, _options);
                hash.Add(_buffer.WrittenSpan);
                var copy = JsonSerializer.Deserialize<Shipment>(_buffer.WrittenSpan, _options) ?? throw new JsonException("a shipment read back as null.");
                copy.AddTo(ref hash);
            }
        }

        return hash.Value;
    }

    public void Dispose() => _writer.Dispose();

    private static Shipment MakeShipment(int i)
    {
        var shipment = new Shipment { Id = $"SHP-{7_000 + i}", Express = i % 3 == 0 };
        var weight = new Weight(250 + 175 * i);
        shipment.Events.Add(new PickedUp { Sequence = 0, Location = s_hubs[i % s_hubs.Length], Weight = weight, Parcels = 1 + i % 3 });
        for (var leg = 1; leg <= 1 + i % 4; leg++)
        {
            shipment.Events.Add(new InTransit { Sequence = leg, Location = s_hubs[(i + leg) % s_hubs.Length], Carrier = leg % 2 == 0 ? "rail" : "road", HoursToNextHub = 4 * leg + i % 5 });
        }

        shipment.Events.Add(new Delivered { Sequence = shipment.Events.Count, Location = $"{i + 1} Quay Street", SignedBy = $"recipient-{i}", Weight = weight });
        return shipment;
    }
}
