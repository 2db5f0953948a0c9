using Optpoline.Workloads.Pipeline.Auth;
using Optpoline.Workloads.Pipeline.Endpoints;
using Optpoline.Workloads.Pipeline.Http;

namespace Optpoline.Workloads.Pipeline.Routing;

/// <summary>A route, what handles it, the filters around the handler, and who may call it.</summary>
public sealed record Endpoint(
    string Name,
    RequestMethod Method,
    RoutePattern Pattern,
    IEndpointHandler Handler,
    IReadOnlyList<IEndpointFilter> Filters,
    IReadOnlyList<IAuthorizationRequirement> Requirements);
