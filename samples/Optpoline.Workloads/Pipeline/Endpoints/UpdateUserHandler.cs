using System.Globalization;
using System.Text.Json;
using Optpoline.Workloads.Pipeline.Http;
using Optpoline.Workloads.Pipeline.Results;

namespace Optpoline.Workloads.Pipeline.Endpoints;

/// <summary><c>PUT /api/users/{id:int}</c> with <c>{"name": ..., "email": ...}</c>.</summary>
public sealed class UpdateUserHandler : IEndpointHandler
{
    public IActionResult Handle(RequestContext context)
    {
        var id = int.Parse(context.RouteValues["id"], CultureInfo.InvariantCulture);
        if (context.Services.Users.Find(id) is not { } user)
        {
            return ProblemResult.NotFound;
        }

        string? name = null, email = null;
        var reader = new Utf8JsonReader(context.Request.Body.Span);
        try
        {
            while (reader.Read())
            {
                if (reader.TokenType == JsonTokenType.PropertyName)
                {
                    var property = reader.GetString();
                    reader.Read();
                    switch (property)
                    {
                        case "name":
                            name = reader.GetString();
                            break;
                        case "email":
                            email = reader.GetString();
                            break;
                    }
                }
            }
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException)
        {
            throw new BadRequestException("the body is not a user: " + e.Message, e);
        }

        if (string.IsNullOrWhiteSpace(name) || name.Length > 100)
        {
            return new ProblemResult(400, "Invalid user", "name must have 1 to 100 characters");
        }

        if (email is null || !email.Contains('@', StringComparison.Ordinal))
        {
            return new ProblemResult(400, "Invalid user", "email is not an address");
        }

        user.Name = name;
        user.Email = email;
        return new JsonResult(user);
    }
}
