using Optpoline.Workloads.Pipeline.Data;
using Optpoline.Workloads.Pipeline.Results;

namespace Optpoline.Workloads.Pipeline.Endpoints;

/// <summary><c>POST /api/orders/{id:guid}/cancel</c>: a placed order is cancelled and its stock returned; cancelling twice is harmless.</summary>
public sealed class CancelOrderHandler : IEndpointHandler
{
    public IActionResult Handle(RequestContext context)
    {
        if (OrderAccess.Find(context) is not { } order)
        {
            return ProblemResult.NotFound;
        }

        switch (order.Status)
        {
            case OrderStatus.Shipped:
                return new ProblemResult(409, "Already shipped");
            case OrderStatus.Placed:
                order.Status = OrderStatus.Cancelled;
                if (context.Services.Products.Find(order.ProductSlug) is { } product)
                {
                    product.Stock += order.Quantity;
                }

                break;
        }

        return new JsonResult(order);
    }
}
