namespace Optpoline.Workloads.Libraries.MediatRPipeline;

internal sealed record StockLevel(string Sku, int OnHand, bool Reorder);
