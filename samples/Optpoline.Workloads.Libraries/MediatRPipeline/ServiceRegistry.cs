namespace Optpoline.Workloads.Libraries.MediatRPipeline;

/// <summary>
/// The smallest service provider MediatR needs: one instance per service type, looked up by
/// MediatR's <c>ServiceFactory</c> delegate (handlers, and the sequence of pipeline behaviours of
/// each request type).
/// </summary>
internal sealed class ServiceRegistry
{
    private readonly Dictionary<Type, object> _services = [];

    public void Add<TService>(TService service)
        where TService : class => _services.Add(typeof(TService), service);

    public object Resolve(Type serviceType) =>
        _services.TryGetValue(serviceType, out var service) ? service : throw new InvalidOperationException($"no service of type {serviceType} is registered.");
}
