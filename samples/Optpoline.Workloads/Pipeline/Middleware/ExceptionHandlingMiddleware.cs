using Optpoline.Workloads.Pipeline.Http;
using Optpoline.Workloads.Pipeline.Results;

namespace Optpoline.Workloads.Pipeline.Middleware;

/// <summary>Turns exceptions from the rest of the pipeline into problem responses: 400 for bad requests, 500 otherwise.</summary>
public sealed class ExceptionHandlingMiddleware : IMiddleware
{
    public long Failures { get; private set; }

    public void Invoke(RequestContext context, IRequestHandler next)
    {
        try
        {
            next.Handle(context);
        }
        catch (BadRequestException e)
        {
            Answer(context, new ProblemResult(400, "Bad request", e.Message));
        }
#pragma warning disable CA1031 // The server answers whatever went wrong; it does not die of one request.
        catch (Exception e)
#pragma warning restore CA1031
        {
            Failures++;
            Answer(context, new ProblemResult(500, "Internal error", e.GetType().Name));
        }
    }

    private static void Answer(RequestContext context, ProblemResult problem)
    {
        context.Response.Body.Clear();
        context.Response.Headers.Set("Content-Encoding", "identity");
        problem.Execute(context);
    }
}
