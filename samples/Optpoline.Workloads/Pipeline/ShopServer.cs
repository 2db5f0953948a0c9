using System.Buffers;
using Optpoline.Workloads.Pipeline.Auth;
using Optpoline.Workloads.Pipeline.Compression;
using Optpoline.Workloads.Pipeline.Data;
using Optpoline.Workloads.Pipeline.Endpoints;
using Optpoline.Workloads.Pipeline.Http;
using Optpoline.Workloads.Pipeline.Middleware;
using Optpoline.Workloads.Pipeline.Routing;

namespace Optpoline.Workloads.Pipeline;

/// <summary>
/// A small shop API: requests are parsed from the wire, pass through the middleware (errors,
/// metrics, server headers, compression, routing, authentication, authorization) to the endpoint's
/// filters and handler, and the response is written back to the wire.
/// </summary>
public sealed class ShopServer
{
    private readonly AppServices _services;
    private readonly IRequestHandler _pipeline;

    public ShopServer(SeedData seed)
    {
        var orders = new InMemoryOrderBook(new Random(7));
        foreach (var order in seed.Orders)
        {
            orders.Add(order);
        }

        _services = new AppServices(new InMemoryUserDirectory(seed.Users), new InMemoryProductCatalog(seed.Products), orders);
        _pipeline = new PipelineBuilder()
            .Use(new ExceptionHandlingMiddleware())
            .Use(new RequestMetricsMiddleware())
            .Use(new ServerHeadersMiddleware())
            .Use(new ResponseCompressionMiddleware([new BrotliCompressionProvider(), new GzipCompressionProvider()]))
            .Use(new RoutingMiddleware(new RouteTable(Endpoints())))
            .Use(new AuthenticationMiddleware([new BearerTokenHandler(seed.Tokens), new ApiKeyHandler(seed.ApiKeys), new BasicAuthenticationHandler(seed.StaffAccounts)]))
            .Use(new AuthorizationMiddleware())
            .Build(new EndpointExecutor());
    }

    public AppServices Services => _services;

    /// <summary>Answers one request; returns the response's status.</summary>
    public int Handle(ReadOnlyMemory<byte> raw, IBufferWriter<byte> output)
    {
        _services.Clock.Tick();
        HttpRequest request;
        try
        {
            request = HttpRequestParser.Parse(raw);
        }
        catch (BadRequestException)
        {
            output.Write("HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"u8);
            return 400;
        }

        var context = new RequestContext(request, _services);
        _pipeline.Handle(context);
        HttpResponseWriter.Write(context.Response, output);
        return context.Response.StatusCode;
    }

    private static List<Endpoint> Endpoints()
    {
        var limit = new RateLimitFilter(perSecond: 20, burst: 40);
        var audit = new AuditFilter();
        var authenticated = new AuthenticatedRequirement();
        var owner = new ResourceOwnerRequirement("id");
        return
        [
            new("health", RequestMethod.Get, new RoutePattern("/health"), new HealthHandler(), [], []),
            new("get-product", RequestMethod.Get, new RoutePattern("/api/products/{slug:slug}"), new GetProductHandler(), [new CacheControlFilter(300, isPublic: true)], []),
            new("list-products", RequestMethod.Get, new RoutePattern("/api/products"), new ListProductsHandler(), [new CacheControlFilter(60, isPublic: true)], []),
            new("get-user", RequestMethod.Get, new RoutePattern("/api/users/{id:int}"), new GetUserHandler(), [limit, new CacheControlFilter(30, isPublic: false)], [authenticated, owner]),
            new("update-user", RequestMethod.Put, new RoutePattern("/api/users/{id:int}"), new UpdateUserHandler(), [new RequestSizeLimitFilter(4_096), limit, audit], [authenticated, new ScopeRequirement("profile"), owner]),
            new("user-orders", RequestMethod.Get, new RoutePattern("/api/users/{id:int}/orders"), new ListUserOrdersHandler(), [limit, new CacheControlFilter(10, isPublic: false)], [authenticated, new ScopeRequirement("orders:read"), owner]),
            new("place-order", RequestMethod.Post, new RoutePattern("/api/orders"), new PlaceOrderHandler(), [new RequestSizeLimitFilter(4_096), limit, audit], [authenticated, new ScopeRequirement("orders:write")]),
            new("get-order", RequestMethod.Get, new RoutePattern("/api/orders/{id:guid}"), new GetOrderHandler(), [limit, new CacheControlFilter(10, isPublic: false)], [authenticated, new ScopeRequirement("orders:read")]),
            new("cancel-order", RequestMethod.Post, new RoutePattern("/api/orders/{id:guid}/cancel"), new CancelOrderHandler(), [new RequestSizeLimitFilter(1_024), limit, audit], [authenticated, new ScopeRequirement("orders:write")]),
        ];
    }
}
