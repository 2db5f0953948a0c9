using Mediator;

namespace Optpoline.Workloads.Libraries.GeneratedMediator;

internal sealed class PriceQueryHandler : IQueryHandler<PriceQuery, Price>
{
    public ValueTask<Price> Handle(PriceQuery query, CancellationToken cancellationToken)
    {
        var discount = query.Quantity switch
        {
            >= 50 => 15,
            >= 10 => 5,
            _ => 0,
        };
        var unit = 400 + 21 * query.Sku.Length;
        return new ValueTask<Price>(new Price(query.Sku, query.Quantity * unit * (100 - discount) / 100, discount));
    }
}
