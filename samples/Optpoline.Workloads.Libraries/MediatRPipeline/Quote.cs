namespace Optpoline.Workloads.Libraries.MediatRPipeline;

internal sealed record Quote(string Sku, long PriceCents, int DeliveryDays);
