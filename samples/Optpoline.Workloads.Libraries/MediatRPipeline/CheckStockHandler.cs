using MediatR;

namespace Optpoline.Workloads.Libraries.MediatRPipeline;

internal sealed class CheckStockHandler : IRequestHandler<CheckStock, StockLevel>
{
    public Task<StockLevel> Handle(CheckStock request, CancellationToken cancellationToken)
    {
        var onHand = 0;
        foreach (var c in request.Sku)
        {
            onHand = (onHand * 31 + c) % 97;
        }

        return Task.FromResult(new StockLevel(request.Sku, onHand, onHand < 10));
    }
}
