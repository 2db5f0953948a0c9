using System.Globalization;
using Optpoline.Workloads.Pipeline.Results;
using Optpoline.Workloads.Pipeline.Serialization;

namespace Optpoline.Workloads.Pipeline.Endpoints;

/// <summary><c>GET /api/users/{id:int}/orders</c>: the user's latest ten orders.</summary>
public sealed class ListUserOrdersHandler : IEndpointHandler
{
    public IActionResult Handle(RequestContext context)
    {
        var id = int.Parse(context.RouteValues["id"], CultureInfo.InvariantCulture);
        if (context.Services.Users.Find(id) is null)
        {
            return ProblemResult.NotFound;
        }

        var orders = context.Services.Orders.OfUser(id, 10);
        return new JsonResult(new ModelList([.. orders], orders.Count, 1));
    }
}
