using Mediator;

namespace Optpoline.Workloads.Libraries.GeneratedMediator;

internal sealed record ReserveStock(string Sku, int Quantity) : ICommand<Reservation>;
