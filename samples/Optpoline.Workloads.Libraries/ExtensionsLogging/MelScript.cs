using Microsoft.Extensions.Logging;

namespace Optpoline.Workloads.Libraries.ExtensionsLogging;

/// <summary>
/// Microsoft.Extensions.Logging as an application wires it without a host: a
/// <see cref="LoggerFactory"/> over two providers of its own with different filters, loggers for three
/// categories, disabled <c>LogDebug</c> calls, enabled <c>LogInformation</c> and <c>LogWarning</c>
/// calls with one to three arguments, a scope, and source-generated <c>[LoggerMessage]</c> methods.
/// </summary>
/// <remarks>
/// The indirect calls: every extension method (<c>LogInformation</c>, <c>BeginScope</c>) and every
/// generated method ends in a generic virtual call, <see cref="ILogger.Log{TState}"/> or
/// <see cref="ILogger.BeginScope{TState}"/>, on the factory's logger; that logger makes the same
/// generic virtual call again on each provider's logger (two receiver types at one site), and each
/// provider's logger calls the formatter delegate.
/// </remarks>
internal sealed class MelScript : ILibraryScript
{
    private const int Iterations = 768;

    private static readonly string[] s_carriers = ["dhl", "ups", "fedex"];
    private static readonly string[] s_skus = ["CHAIR-1", "DESK-2", "LAMP-3", "RUG-4"];

    private readonly TallyingLoggerProvider _tallying = new();
    private readonly AuditLoggerProvider _audit = new();
    private readonly LoggerFactory _factory;
    private readonly ILogger _orders;
    private readonly ILogger _payments;
    private readonly ILogger _inventory;

    public MelScript()
    {
        var filters = new LoggerFilterOptions { MinLevel = LogLevel.Information };
        filters.Rules.Add(new LoggerFilterRule(typeof(AuditLoggerProvider).FullName, categoryName: null, LogLevel.Warning, filter: null));
        _factory = new LoggerFactory([_tallying, _audit], filters);
        _orders = _factory.CreateLogger("Shop.Orders");
        _payments = _factory.CreateLogger("Shop.Payments");
        _inventory = _factory.CreateLogger("Shop.Inventory");
    }

    public int Operations => Iterations * 8 + Iterations / 2;

    public ulong Run()
    {
        _tallying.Tally.Reset();
        _audit.Tally.Reset();
        for (var i = 0; i < Iterations; i++)
        {
            var sku = s_skus[i % s_skus.Length];
            using (_orders.BeginScope("Batch {Batch}", i / 16))
            {
                _orders.LogDebug("Cart {CartId} recalculated", i);
                _inventory.LogDebug("Stock of {Sku} at {Level}, reorder {Reorder}", sku, i % 40, i % 40 < 5);
                ShopLog.Recounted(_inventory, sku);
                _orders.LogInformation("Order {OrderId} placed", 20_000 + i);
                _payments.LogInformation("Payment {PaymentId} of {Amount} in {Currency}", 900_000L + i, 5 + i % 200, "EUR");
                _inventory.LogInformation("Reserved {Quantity} of {Sku}", i % 5 + 1, sku);
                ShopLog.OrderShipped(_orders, 20_000 + i, s_carriers[i % s_carriers.Length]);
                if (i % 4 == 0)
                {
                    _inventory.LogWarning("Low stock of {Sku}", sku);
                    ShopLog.PaymentDeclined(_payments, 900_000L + i, "insufficient funds", i % 3 + 1);
                }
            }
        }

        var hash = default(Fnv1a);
        hash.Add((long)_tallying.Tally.Checksum);
        hash.Add((long)_audit.Tally.Checksum);
        return hash.Value;
    }

    public void Dispose() => _factory.Dispose();
}
