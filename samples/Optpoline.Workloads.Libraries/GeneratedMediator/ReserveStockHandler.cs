using Mediator;

namespace Optpoline.Workloads.Libraries.GeneratedMediator;

internal sealed class ReserveStockHandler : ICommandHandler<ReserveStock, Reservation>
{
    public ValueTask<Reservation> Handle(ReserveStock command, CancellationToken cancellationToken)
    {
        var available = 3 * command.Sku.Length;
        var reserved = Math.Min(available, command.Quantity);
        return new ValueTask<Reservation>(new Reservation(command.Sku, reserved, command.Quantity - reserved));
    }
}
