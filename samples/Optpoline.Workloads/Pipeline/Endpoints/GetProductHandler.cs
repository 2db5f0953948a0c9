using Optpoline.Workloads.Pipeline.Results;

namespace Optpoline.Workloads.Pipeline.Endpoints;

/// <summary><c>GET /api/products/{slug:slug}</c>.</summary>
public sealed class GetProductHandler : IEndpointHandler
{
    public IActionResult Handle(RequestContext context) =>
        context.Services.Products.Find(context.RouteValues["slug"]) is { } product ? new JsonResult(product) : ProblemResult.NotFound;
}
