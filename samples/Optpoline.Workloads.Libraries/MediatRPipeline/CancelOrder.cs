using MediatR;

namespace Optpoline.Workloads.Libraries.MediatRPipeline;

/// <summary>A command without a response (<see cref="Unit"/>, a value type: MediatR's generic code for it is not shared with the others).</summary>
internal sealed record CancelOrder(int OrderId) : IRequest;
