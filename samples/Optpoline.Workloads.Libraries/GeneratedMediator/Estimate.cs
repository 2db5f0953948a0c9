namespace Optpoline.Workloads.Libraries.GeneratedMediator;

internal sealed record Estimate(string PostCode, int Days, long CostCents);
