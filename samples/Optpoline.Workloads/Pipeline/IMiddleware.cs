namespace Optpoline.Workloads.Pipeline;

/// <summary>A stage of the pipeline: does its part and calls <paramref name="next"/>, or answers the request itself.</summary>
public interface IMiddleware
{
    void Invoke(RequestContext context, IRequestHandler next);
}
