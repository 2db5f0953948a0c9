using Mediator;

namespace Optpoline.Workloads.Libraries.GeneratedMediator;

internal sealed record PriceQuery(string Sku, int Quantity) : IQuery<Price>;
