using MediatR;

namespace Optpoline.Workloads.Libraries.MediatRPipeline;

/// <summary>The pipeline behaviour around every request: counts it in the audit, then calls the rest of the pipeline.</summary>
internal sealed class AuditBehavior<TRequest, TResponse>(RequestAudit audit) : IPipelineBehavior<TRequest, TResponse>
{
    public Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
    {
        audit.Requests++;
        return next();
    }
}
