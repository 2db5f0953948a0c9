using Mediator;

namespace Optpoline.Workloads.Libraries.GeneratedMediator;

internal sealed class ShippingEstimateHandler : IRequestHandler<ShippingEstimate, Estimate>
{
    public ValueTask<Estimate> Handle(ShippingEstimate request, CancellationToken cancellationToken)
    {
        var zone = request.PostCode.Length == 0 ? 0 : request.PostCode[0] % 4;
        return new ValueTask<Estimate>(new Estimate(request.PostCode, 1 + zone, 495 + 250L * zone * request.Parcels));
    }
}
