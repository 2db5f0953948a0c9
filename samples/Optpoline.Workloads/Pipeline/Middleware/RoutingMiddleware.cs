using Optpoline.Workloads.Pipeline.Routing;

namespace Optpoline.Workloads.Pipeline.Middleware;

/// <summary>Finds the endpoint for the request's method and path (null: the endpoint stage answers 404).</summary>
public sealed class RoutingMiddleware(RouteTable routes) : IMiddleware
{
    public void Invoke(RequestContext context, IRequestHandler next)
    {
        context.Endpoint = routes.Match(context.Request.Method, context.Request.Path, context.RouteValues);
        next.Handle(context);
    }
}
