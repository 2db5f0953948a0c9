using MediatR;

namespace Optpoline.Workloads.Libraries.MediatRPipeline;

/// <summary>Records the orders it cancels: what the script folds for the requests that return nothing.</summary>
internal sealed class CancelOrderHandler : IRequestHandler<CancelOrder, Unit>
{
    private static readonly Task<Unit> s_done = Task.FromResult(Unit.Value);

    public long CancelledIds { get; set; }

    public Task<Unit> Handle(CancelOrder request, CancellationToken cancellationToken)
    {
        CancelledIds = CancelledIds * 31 + request.OrderId;
        return s_done;
    }
}
