using System.Buffers;
using MessagePack;

namespace Optpoline.Workloads.Libraries.MessagePackSerialization;

/// <summary>
/// MessagePack round trips with the standard resolver: a batch of 16 small objects of three types
/// (orders with lines, an address and a union-typed payment; customer profiles; stock reports), each
/// serialized to a reused buffer and read back, the batch repeated a few times.
/// </summary>
/// <remarks>
/// <para>
/// Every <c>Serialize&lt;T&gt;</c> and <c>Deserialize&lt;T&gt;</c> asks the options' resolver for
/// its formatter (<c>IFormatterResolver.GetFormatter&lt;T&gt;</c>, a generic virtual call in
/// MessagePack's own code) and calls it through <c>IMessagePackFormatter&lt;T&gt;</c>; the built-in
/// formatters for lists, strings and the union make the same calls for each member.
/// </para>
/// <para>
/// The formatters of the <c>[MessagePackObject]</c> types are generated at run time by MessagePack's
/// <c>DynamicObjectResolver</c> (Reflection.Emit, into a dynamic assembly of its own). Those
/// formatters are never woven: no rewriter sees code that does not exist until the program runs, so
/// the calls they make to nested formatters stay plain calls.
/// </para>
/// </remarks>
internal sealed class MessagePackScript : ILibraryScript
{
    private const int Rounds = 60;

    private static readonly DateTime s_epoch = new(2024, 3, 1, 6, 0, 0, DateTimeKind.Utc);

    private readonly MessagePackSerializerOptions _options = MessagePackSerializerOptions.Standard;
    private readonly ArrayBufferWriter<byte> _buffer = new(1024);
    private readonly Order[] _orders = [.. Enumerable.Range(0, 8).Select(MakeOrder)];
    private readonly CustomerProfile[] _customers = [.. Enumerable.Range(0, 4).Select(MakeCustomer)];
    private readonly StockReport[] _stock = [.. Enumerable.Range(0, 4).Select(MakeStockReport)];

    public int Operations => Rounds * (_orders.Length + _customers.Length + _stock.Length);

    public ulong Run()
    {
        var hash = default(Fnv1a);
        for (var round = 0; round < Rounds; round++)
        {
            foreach (var order in _orders)
            {
                RoundTrip(order, ref hash).AddTo(ref hash);
            }

            foreach (var customer in _customers)
            {
                RoundTrip(customer, ref hash).AddTo(ref hash);
            }

            foreach (var report in _stock)
            {
                RoundTrip(report, ref hash).AddTo(ref hash);
            }
        }

        return hash.Value;
    }

    public void Dispose()
    {
    }

    /// <summary>Writes <paramref name="value"/>, folds the bytes into <paramref name="hash"/>, and returns what they read back as.</summary>
    private T RoundTrip<T>(T value, ref Fnv1a hash)
    {
        _buffer.ResetWrittenCount();
        MessagePackSerializer.Serialize(_buffer, value, _options);
        hash.Add(_buffer.WrittenSpan);
        return MessagePackSerializer.Deserialize<T>(_buffer.WrittenMemory, _options);
    }

    private static Order MakeOrder(int i) => new()
    {
        Id = 40_000 + i,
        Customer = $"customer-{i % 5}",
        Lines = [.. Enumerable.Range(0, 1 + i % 4).Select(l => new OrderLine { Sku = $"SKU-{(i * 7 + l) % 23:D3}", Quantity = 1 + (i + l) % 5, UnitPriceCents = 199 + 350 * l + 17 * i })],
        ShipTo = new Address { Street = $"{i + 1} Harbour Road", City = i % 2 == 0 ? "Leith" : "Bergen", PostCode = $"EH{i % 9} {i % 7}QT" },
        Payment = i % 3 == 0 ? new InvoicePayment { Reference = $"INV-{1000 + i}", DueDays = 30 } : new CardPayment { Last4 = $"{4242 + i:D4}", AmountCents = 2_599 + 101 * i },
        Express = i % 4 == 1,
    };

    private static CustomerProfile MakeCustomer(int i) => new()
    {
        Name = $"customer-{i}",
        Email = $"customer{i}@example.org",
        Tags = [.. new[] { "newsletter", "wholesale", "returns", "vip" }.Take(1 + i)],
        Home = new Address { Street = $"{10 + i} Mill Lane", City = "Tromsø", PostCode = $"90{i}0" },
        LoyaltyPoints = 120 * i + 7,
    };

    private static StockReport MakeStockReport(int i) => new()
    {
        Warehouse = $"WH-{i}",
        Levels = [.. Enumerable.Range(0, 12).Select(s => (s * 37 + i * 11) % 500)],
        Reorders = [.. Enumerable.Range(0, 3 + i).Select(s => 1_000_000L * i + s)],
        TakenAt = s_epoch.AddMinutes(15 * i),
    };
}
