using Optpoline.Workloads.Pipeline.Auth;
using Optpoline.Workloads.Pipeline.Http;
using Optpoline.Workloads.Pipeline.Routing;

namespace Optpoline.Workloads.Pipeline;

/// <summary>One request on its way through the pipeline, and what the stages learned about it.</summary>
public sealed class RequestContext(HttpRequest request, AppServices services)
{
    public HttpRequest Request { get; } = request;

    public HttpResponse Response { get; } = new();

    public AppServices Services { get; } = services;

    /// <summary>Who sent the request (set by authentication; anonymous until then).</summary>
    public UserIdentity User { get; set; } = UserIdentity.Anonymous;

    /// <summary>The endpoint routing matched, or null.</summary>
    public Endpoint? Endpoint { get; set; }

    public RouteValues RouteValues { get; } = new();
}
