namespace Optpoline.Workloads.Libraries.MediatRPipeline;

internal sealed record OrderPlaced(int OrderId, long TotalCents, bool FreeShipping);
