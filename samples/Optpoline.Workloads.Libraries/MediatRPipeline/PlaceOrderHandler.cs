using MediatR;

namespace Optpoline.Workloads.Libraries.MediatRPipeline;

internal sealed class PlaceOrderHandler : IRequestHandler<PlaceOrder, OrderPlaced>
{
    public Task<OrderPlaced> Handle(PlaceOrder request, CancellationToken cancellationToken)
    {
        var total = request.Quantity * request.UnitPriceCents;
        return Task.FromResult(new OrderPlaced(request.OrderId, total, total >= 5_000));
    }
}
