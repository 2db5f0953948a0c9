using Optpoline.Workloads.Pipeline.Results;

namespace Optpoline.Workloads.Pipeline.Endpoints;

/// <summary><c>GET /api/orders/{id:guid}</c>.</summary>
public sealed class GetOrderHandler : IEndpointHandler
{
    public IActionResult Handle(RequestContext context) => OrderAccess.Find(context) is { } order ? new JsonResult(order) : ProblemResult.NotFound;
}
