using System.Text.Json;
using Optpoline.Workloads.Pipeline.Http;
using Optpoline.Workloads.Pipeline.Results;

namespace Optpoline.Workloads.Pipeline.Endpoints;

/// <summary><c>POST /api/orders</c> with <c>{"product": slug, "quantity": n}</c>, for the signed-in customer.</summary>
public sealed class PlaceOrderHandler : IEndpointHandler
{
    private const int Restock = 1_000;

    public IActionResult Handle(RequestContext context)
    {
        if (context.User.UserId is not { } userId)
        {
            return new ProblemResult(403, "Only customers place orders");
        }

        string? slug = null;
        var quantity = 0;
        var reader = new Utf8JsonReader(context.Request.Body.Span);
        try
        {
            while (reader.Read())
            {
                if (reader.TokenType != JsonTokenType.PropertyName)
                {
                    continue;
                }

                if (reader.ValueTextEquals("product"u8))
                {
                    reader.Read();
                    slug = reader.GetString();
                }
                else if (reader.ValueTextEquals("quantity"u8))
                {
                    reader.Read();
                    quantity = reader.GetInt32();
                }
            }
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or FormatException)
        {
            throw new BadRequestException("the body is not an order: " + e.Message, e);
        }

        if (quantity is < 1 or > 20)
        {
            return new ProblemResult(400, "Invalid order", "quantity must be 1 to 20");
        }

        if (slug is null || context.Services.Products.Find(slug) is not { } product)
        {
            return new ProblemResult(400, "Invalid order", "no such product");
        }

        if (product.Stock < quantity)
        {
            // The warehouse restocks; the customer is told to come back.
            product.Stock += Restock;
            return new ProblemResult(409, "Out of stock", product.Slug);
        }

        product.Stock -= quantity;
        var order = context.Services.Orders.Place(userId, product, quantity, context.Services.Clock.Now);
        return new CreatedResult("/api/orders/" + order.Id.ToString("D"), order);
    }
}
