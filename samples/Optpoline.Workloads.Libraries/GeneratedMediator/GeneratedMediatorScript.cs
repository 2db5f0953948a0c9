using Mediator;
using Microsoft.Extensions.DependencyInjection;

namespace Optpoline.Workloads.Libraries.GeneratedMediator;

/// <summary>
/// Mediator (the source-generated mediator): <see cref="ISender"/>'s <c>Send</c> of a command, a
/// query, a request and a command without a response, each through one pipeline behaviour to its
/// handler, singletons in a Microsoft.Extensions.DependencyInjection container.
/// </summary>
/// <remarks>
/// Mediator's generator writes the mediator into this assembly at build time (namespace
/// <c>Mediator</c>): a type switch in the generic <c>Send&lt;TResponse&gt;</c>, then per message type a
/// handler wrapper with the behaviour chain built once as delegates. The indirect calls: the
/// caller's generic virtual call on <see cref="ISender"/>, the delegates of the chain, and the
/// behaviour and handler behind their interfaces.
/// </remarks>
internal sealed class GeneratedMediatorScript : ILibraryScript
{
    private const int Iterations = 2_560;

    private static readonly string[] s_skus = ["CHAIR-1", "DESK-22", "LAMP-333", "RUG-4444", "SHELF-5"];
    private static readonly string[] s_postCodes = ["EH6 7QT", "N-5003", "SE1 9GF", "9008"];

    private readonly ServiceProvider _services;
    private readonly ISender _sender;
    private readonly MessageAudit _audit;
    private readonly RecordPaymentHandler _payments;

    public GeneratedMediatorScript()
    {
        var services = new ServiceCollection();
        services.AddSingleton<MessageAudit>();
        services.AddMediator((MediatorOptions options) =>
        {
            options.ServiceLifetime = ServiceLifetime.Singleton;
            options.GenerateTypesAsInternal = true;
            options.PipelineBehaviors = [typeof(MessageAuditBehavior<,>)];
        });
        _services = services.BuildServiceProvider();
        _sender = _services.GetRequiredService<ISender>();
        _audit = _services.GetRequiredService<MessageAudit>();
        _payments = _services.GetRequiredService<RecordPaymentHandler>();
    }

    public int Operations => Iterations * 4;

    public ulong Run()
    {
        _audit.Messages = 0;
        _payments.Ledger = 0;
        var hash = default(Fnv1a);
        for (var i = 0; i < Iterations; i++)
        {
            var sku = s_skus[i % s_skus.Length];
            var reservation = _sender.Send(new ReserveStock(sku, i % 25)).GetAwaiter().GetResult();
            hash.AddText(reservation.Sku);
            hash.Add(reservation.Reserved);
            hash.Add(reservation.Backordered);

            var price = _sender.Send(new PriceQuery(sku, i % 60)).GetAwaiter().GetResult();
            hash.Add(price.TotalCents);
            hash.Add(price.DiscountPercent);

            var estimate = _sender.Send(new ShippingEstimate(s_postCodes[i % s_postCodes.Length], 1 + i % 3)).GetAwaiter().GetResult();
            hash.AddText(estimate.PostCode);
            hash.Add(estimate.Days);
            hash.Add(estimate.CostCents);

            _sender.Send(new RecordPayment(700_000 + i, 100 * (i % 90))).GetAwaiter().GetResult();
        }

        hash.Add(_payments.Ledger);
        hash.Add(_audit.Messages);
        return hash.Value;
    }

    public void Dispose() => _services.Dispose();
}
