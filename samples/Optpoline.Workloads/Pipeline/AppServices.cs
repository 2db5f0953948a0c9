using Optpoline.Workloads.Pipeline.Data;
using Optpoline.Workloads.Pipeline.Serialization;

namespace Optpoline.Workloads.Pipeline;

/// <summary>The application's services, as a DI container would hand them to the stages.</summary>
public sealed class AppServices(IUserDirectory users, IProductCatalog products, IOrderBook orders)
{
    public IUserDirectory Users { get; } = users;

    public IProductCatalog Products { get; } = products;

    public IOrderBook Orders { get; } = orders;

    public SimulatedClock Clock { get; } = new();

    public JsonOutputFormatter Formatter { get; } = new();

    public AuditLog Audit { get; } = new();
}
