using MediatR;

namespace Optpoline.Workloads.Libraries.MediatRPipeline;

/// <summary>
/// MediatR 5.1 as an application uses it: <see cref="IMediator.Send{TResponse}"/> of four request
/// types, each through one pipeline behaviour to its handler, with services found by a
/// <c>ServiceFactory</c> of our own.
/// </summary>
/// <remarks>
/// The indirect calls: <c>Send&lt;TResponse&gt;</c> is a generic virtual call; MediatR then calls the
/// request type's handler wrapper (a class virtual call), the service factory (a delegate), each
/// behaviour and the handler through their interfaces inside its wrapper (generic over the request
/// and response types, built at run time with <c>MakeGenericType</c>), and the
/// <c>RequestHandlerDelegate</c> closures that chain them. The wrapper's calls are named through its
/// type parameters, so each request type has its own sites there, with one behaviour and one
/// handler type each.
/// </remarks>
internal sealed class MediatRScript : ILibraryScript
{
    private const int Iterations = 1_280;

    private static readonly string[] s_skus = ["CHAIR-1", "DESK-22", "LAMP-333", "RUG-4444", "SHELF-5"];

    private readonly RequestAudit _audit = new();
    private readonly CancelOrderHandler _cancellations = new();
    private readonly IMediator _mediator;

    public MediatRScript()
    {
        var services = new ServiceRegistry();
        Register(services, new PlaceOrderHandler());
        Register(services, new GetQuoteHandler());
        Register(services, new CheckStockHandler());
        Register(services, _cancellations);
        // MediatR.Mediator, spelled out: "Mediator" alone is the source-generated mediator's namespace.
        _mediator = new MediatR.Mediator(services.Resolve);
    }

    public int Operations => Iterations * 4;

    public ulong Run()
    {
        _audit.Requests = 0;
        _cancellations.CancelledIds = 0;
        var hash = default(Fnv1a);
        for (var i = 0; i < Iterations; i++)
        {
            var sku = s_skus[i % s_skus.Length];
            var placed = _mediator.Send(new PlaceOrder(50_000 + i, 1 + i % 7, 1_250 + 10 * i)).GetAwaiter().GetResult();
            hash.Add(placed.OrderId);
            hash.Add(placed.TotalCents);
            hash.Add(placed.FreeShipping ? 1 : 0);

            var quote = _mediator.Send(new GetQuote(sku, i % 30)).GetAwaiter().GetResult();
            hash.AddText(quote.Sku);
            hash.Add(quote.PriceCents);
            hash.Add(quote.DeliveryDays);

            var stock = _mediator.Send(new CheckStock(sku)).GetAwaiter().GetResult();
            hash.AddText(stock.Sku);
            hash.Add(stock.OnHand);
            hash.Add(stock.Reorder ? 1 : 0);

            _mediator.Send(new CancelOrder(50_000 + i / 2)).GetAwaiter().GetResult();
        }

        hash.Add(_cancellations.CancelledIds);
        hash.Add(_audit.Requests);
        return hash.Value;
    }

    public void Dispose()
    {
    }

    private void Register<TRequest, TResponse>(ServiceRegistry services, IRequestHandler<TRequest, TResponse> handler)
        where TRequest : IRequest<TResponse>
    {
        services.Add(handler);
        services.Add<IEnumerable<IPipelineBehavior<TRequest, TResponse>>>(new IPipelineBehavior<TRequest, TResponse>[] { new AuditBehavior<TRequest, TResponse>(_audit) });
    }
}
