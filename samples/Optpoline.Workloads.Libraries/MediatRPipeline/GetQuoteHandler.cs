using MediatR;

namespace Optpoline.Workloads.Libraries.MediatRPipeline;

internal sealed class GetQuoteHandler : IRequestHandler<GetQuote, Quote>
{
    public Task<Quote> Handle(GetQuote request, CancellationToken cancellationToken)
    {
        var unit = 250 + 13 * request.Sku.Length;
        var discount = request.Quantity >= 10 ? 10 : 0;
        return Task.FromResult(new Quote(request.Sku, request.Quantity * unit * (100 - discount) / 100, request.Quantity > 20 ? 5 : 2));
    }
}
