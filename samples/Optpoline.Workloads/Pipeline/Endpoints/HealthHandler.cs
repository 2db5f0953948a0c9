using Optpoline.Workloads.Pipeline.Results;
using Optpoline.Workloads.Pipeline.Serialization;

namespace Optpoline.Workloads.Pipeline.Endpoints;

/// <summary><c>GET /health</c>, for the load balancer.</summary>
public sealed class HealthHandler : IEndpointHandler
{
    public IActionResult Handle(RequestContext context) =>
        new JsonResult(new HealthReport(context.Services.Clock.Milliseconds, context.Services.Users.Count, context.Services.Orders.Count));
}
