using MediatR;

namespace Optpoline.Workloads.Libraries.MediatRPipeline;

internal sealed record GetQuote(string Sku, int Quantity) : IRequest<Quote>;
