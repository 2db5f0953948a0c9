namespace Optpoline.Workloads.Libraries.GeneratedMediator;

internal sealed record Price(string Sku, long TotalCents, int DiscountPercent);
