using System.Globalization;
using Optpoline.Workloads.Pipeline.Results;

namespace Optpoline.Workloads.Pipeline.Endpoints;

/// <summary><c>GET /api/users/{id:int}</c>.</summary>
public sealed class GetUserHandler : IEndpointHandler
{
    public IActionResult Handle(RequestContext context)
    {
        var id = int.Parse(context.RouteValues["id"], CultureInfo.InvariantCulture);
        return context.Services.Users.Find(id) is { } user ? new JsonResult(user) : ProblemResult.NotFound;
    }
}
