using Polly;

namespace Optpoline.Workloads.Libraries.ResiliencePipelines;

/// <summary>
/// A proactive strategy of our own, the innermost of the pipeline: counts every attempt, then calls
/// the callback.
/// </summary>
/// <remarks>
/// <see cref="ExecuteCore{TResult, TState}"/> is a generic virtual method: Polly reaches this
/// override, as it reaches its own strategies, through a generic virtual call.
/// </remarks>
internal sealed class ExecutionAuditStrategy(ExecutionAudit audit) : ResilienceStrategy
{
    protected override ValueTask<Outcome<TResult>> ExecuteCore<TResult, TState>(Func<ResilienceContext, TState, ValueTask<Outcome<TResult>>> callback, ResilienceContext context, TState state)
    {
        audit.Executions++;
        return callback(context, state);
    }
}
