namespace Optpoline.Workloads.Libraries.GeneratedMediator;

internal sealed record Reservation(string Sku, int Reserved, int Backordered);
