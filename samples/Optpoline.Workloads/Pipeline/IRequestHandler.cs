namespace Optpoline.Workloads.Pipeline;

/// <summary>Handles a request: a middleware with the rest of the pipeline behind it, or the endpoint at its end.</summary>
public interface IRequestHandler
{
    void Handle(RequestContext context);
}
