using Optpoline.Workloads.Pipeline.Results;

namespace Optpoline.Workloads.Pipeline.Endpoints;

/// <summary>The end of the pipeline: runs the matched endpoint's filters and handler, then writes its result.</summary>
public sealed class EndpointExecutor : IRequestHandler
{
    public void Handle(RequestContext context)
    {
        var endpoint = context.Endpoint;
        if (endpoint is null)
        {
            ProblemResult.NotFound.Execute(context);
            return;
        }

        IActionResult? result = null;
        var ran = 0;
        foreach (var filter in endpoint.Filters)
        {
            ran++;
            result = filter.OnExecuting(context);
            if (result is not null)
            {
                break;
            }
        }

        result ??= endpoint.Handler.Handle(context);
        for (var i = ran - 1; i >= 0; i--)
        {
            endpoint.Filters[i].OnExecuted(context, result);
        }

        result.Execute(context);
    }
}
