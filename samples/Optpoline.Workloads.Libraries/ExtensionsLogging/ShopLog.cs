using Microsoft.Extensions.Logging;

namespace Optpoline.Workloads.Libraries.ExtensionsLogging;

/// <summary>
/// High-performance log messages, generated at build time by the <c>[LoggerMessage]</c> source
/// generator that ships with Microsoft.Extensions.Logging.Abstractions: a level check, then a call of
/// <see cref="ILogger.Log{TState}"/> with a generated state struct.
/// </summary>
internal static partial class ShopLog
{
    [LoggerMessage(EventId = 100, Level = LogLevel.Information, Message = "Order {OrderId} shipped with {Carrier}")]
    public static partial void OrderShipped(ILogger logger, int orderId, string carrier);

    [LoggerMessage(EventId = 101, Level = LogLevel.Debug, Message = "Recounted {Sku}")]
    public static partial void Recounted(ILogger logger, string sku);

    [LoggerMessage(EventId = 102, Level = LogLevel.Warning, Message = "Payment {PaymentId} declined: {Reason} (attempt {Attempt})")]
    public static partial void PaymentDeclined(ILogger logger, long paymentId, string reason, int attempt);
}
