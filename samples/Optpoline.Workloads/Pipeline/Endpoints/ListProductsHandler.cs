using System.Globalization;
using Optpoline.Workloads.Pipeline.Results;
using Optpoline.Workloads.Pipeline.Serialization;

namespace Optpoline.Workloads.Pipeline.Endpoints;

/// <summary><c>GET /api/products?category=...&amp;page=n</c>: twenty products a page.</summary>
public sealed class ListProductsHandler : IEndpointHandler
{
    private const int PageSize = 20;

    public IActionResult Handle(RequestContext context)
    {
        var page = 1;
        if (context.Request.QueryValue("page") is { } text && (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out page) || page < 1))
        {
            return new ProblemResult(400, "Invalid page", $"'{text}' is not a page number");
        }

        var (products, total) = context.Services.Products.List(context.Request.QueryValue("category"), page, PageSize);
        return new JsonResult(new ModelList([.. products], total, page));
    }
}
