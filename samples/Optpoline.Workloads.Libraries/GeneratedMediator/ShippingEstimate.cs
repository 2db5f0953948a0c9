using Mediator;

namespace Optpoline.Workloads.Libraries.GeneratedMediator;

internal sealed record ShippingEstimate(string PostCode, int Parcels) : IRequest<Estimate>;
