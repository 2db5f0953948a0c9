using Mediator;

namespace Optpoline.Workloads.Libraries.GeneratedMediator;

/// <summary>The pipeline behaviour around every message: counts it in the audit, then calls the rest of the pipeline.</summary>
internal sealed class MessageAuditBehavior<TMessage, TResponse>(MessageAudit audit) : IPipelineBehavior<TMessage, TResponse>
    where TMessage : notnull, IMessage
{
    public ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        audit.Messages++;
        return next(message, cancellationToken);
    }
}
