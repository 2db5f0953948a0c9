using Optpoline.Workloads.Pipeline.Results;

namespace Optpoline.Workloads.Pipeline.Endpoints;

/// <summary>The application code behind an endpoint.</summary>
public interface IEndpointHandler
{
    IActionResult Handle(RequestContext context);
}
