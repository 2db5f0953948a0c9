using System.Globalization;
using Optpoline.Workloads.Pipeline.Results;

namespace Optpoline.Workloads.Pipeline.Endpoints;

/// <summary>Lets clients and proxies cache successful reads for a while.</summary>
public sealed class CacheControlFilter(int maxAgeSeconds, bool isPublic) : IEndpointFilter
{
    private readonly string _value = (isPublic ? "public" : "private") + ", max-age=" + maxAgeSeconds.ToString(CultureInfo.InvariantCulture);

    public IActionResult? OnExecuting(RequestContext context) => null;

    public void OnExecuted(RequestContext context, IActionResult result)
    {
        if (result.StatusCode == 200)
        {
            context.Response.Headers.Set("Cache-Control", _value);
        }
        else
        {
            context.Response.Headers.Set("Cache-Control", "no-store");
        }
    }
}
