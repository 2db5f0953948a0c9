using Optpoline.Workloads.Pipeline.Results;

namespace Optpoline.Workloads.Pipeline.Endpoints;

/// <summary>A token bucket per caller: <c>burst</c> requests at once, refilled at <c>perSecond</c>.</summary>
public sealed class RateLimitFilter(double perSecond, int burst) : IEndpointFilter
{
    private readonly Dictionary<string, (double Tokens, long At)> _buckets = new(StringComparer.Ordinal);

    public IActionResult? OnExecuting(RequestContext context)
    {
        var now = context.Services.Clock.Milliseconds;
        ref var bucket = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(_buckets, context.User.Name, out var existed);
        var tokens = existed ? Math.Min(burst, bucket.Tokens + ((now - bucket.At) * perSecond / 1000)) : burst;
        if (tokens < 1)
        {
            bucket = (tokens, now);
            return new ProblemResult(429, "Too many requests");
        }

        bucket = (tokens - 1, now);
        return null;
    }

    public void OnExecuted(RequestContext context, IActionResult result)
    {
    }
}
