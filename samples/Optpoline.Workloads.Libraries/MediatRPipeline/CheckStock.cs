using MediatR;

namespace Optpoline.Workloads.Libraries.MediatRPipeline;

internal sealed record CheckStock(string Sku) : IRequest<StockLevel>;
