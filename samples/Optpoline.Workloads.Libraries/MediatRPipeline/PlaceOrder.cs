using MediatR;

namespace Optpoline.Workloads.Libraries.MediatRPipeline;

/// <summary>A command with a reference-type response: handled in MediatR's shared generic code, like the other requests with one.</summary>
internal sealed record PlaceOrder(int OrderId, int Quantity, long UnitPriceCents) : IRequest<OrderPlaced>;
