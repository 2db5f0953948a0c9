using Optpoline.Workloads.Pipeline.Http;

namespace Optpoline.Workloads.Pipeline.Routing;

/// <summary>The endpoints, tried in order; the first whose method and pattern match wins.</summary>
public sealed class RouteTable(IReadOnlyList<Endpoint> endpoints)
{
    public IReadOnlyList<Endpoint> Endpoints { get; } = endpoints;

    public Endpoint? Match(RequestMethod method, string path, RouteValues values)
    {
        foreach (var endpoint in Endpoints)
        {
            if (endpoint.Method == method && endpoint.Pattern.TryMatch(path, values))
            {
                return endpoint;
            }
        }

        values.Clear();
        return null;
    }
}
