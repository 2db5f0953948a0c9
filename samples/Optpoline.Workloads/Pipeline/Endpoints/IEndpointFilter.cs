using Optpoline.Workloads.Pipeline.Results;

namespace Optpoline.Workloads.Pipeline.Endpoints;

/// <summary>Runs around an endpoint's handler: may answer instead of it, and sees its result.</summary>
public interface IEndpointFilter
{
    /// <summary>Null to go on; a result to answer with it instead of running the handler.</summary>
    IActionResult? OnExecuting(RequestContext context);

    void OnExecuted(RequestContext context, IActionResult result);
}
