using Serilog;

namespace Optpoline.Workloads.Libraries.StructuredLogging;

/// <summary>
/// Information events that are written: one to three arguments of several types (numbers, strings,
/// a <see cref="Guid"/>, a decimal, a record), bound to their template's properties, enriched with a
/// sequence number and rendered by the counting sink.
/// </summary>
/// <remarks>
/// Past the caller's generic virtual call, the indirect calls are Serilog's own: the enricher and
/// the sink behind their interfaces, the property value converter's conversion policies, and the
/// rendering of each property value through <see cref="IFormattable"/> for a different type at every
/// property.
/// </remarks>
internal sealed class SerilogEnabledScript : ILibraryScript
{
    private const int Iterations = 320;

    private static readonly string[] s_customers = ["ada", "grace", "edsger", "barbara"];
    private static readonly Sku[] s_skus = [new("CHAIR", 1), new("DESK", 2), new("LAMP", 3)];

    private readonly CountingLogger _logger = new();

    public int Operations => Iterations * 5;

    public ulong Run()
    {
        _logger.Reset();
        var log = _logger.Log;
        for (var i = 0; i < Iterations; i++)
        {
            var customer = s_customers[i % s_customers.Length];
            var sku = s_skus[i % s_skus.Length];
            log.Information("Order {OrderId} accepted", 10_000 + i);
            log.Information("Customer {Customer} has {Items} items in the cart", customer, i % 9);
            log.Information("Payment {PaymentId} of {Amount} {Currency} captured", new Guid(i, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10), 19.99m + i, "EUR");
            log.Information("Reserved {Quantity} of {Sku}, express {Express}", i % 4 + 1, sku, i % 3 == 0);
            log.Information("Cart {CartId} weighs {Kilograms} kg", (long)i * 31, i * 0.125);
        }

        return _logger.Checksum;
    }

    public void Dispose() => _logger.Dispose();
}
