using Optpoline.Workloads.Pipeline.Results;

namespace Optpoline.Workloads.Pipeline.Endpoints;

/// <summary>Refuses bodies larger than the endpoint accepts.</summary>
public sealed class RequestSizeLimitFilter(int maxBytes) : IEndpointFilter
{
    public IActionResult? OnExecuting(RequestContext context) =>
        context.Request.Body.Length > maxBytes ? new ProblemResult(413, "Body too large", $"at most {maxBytes} bytes") : null;

    public void OnExecuted(RequestContext context, IActionResult result)
    {
    }
}
