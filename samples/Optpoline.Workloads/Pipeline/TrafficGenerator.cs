using System.Globalization;
using System.Text;
using Optpoline.Workloads.Pipeline.Data;

namespace Optpoline.Workloads.Pipeline;

/// <summary>
/// The shop's traffic as it arrives on the wire: mostly customers of the web and mobile apps
/// (bearer tokens, compressed responses wanted by browsers), some partner services (API keys), a
/// little back office (Basic), anonymous browsing, and the usual share of mistakes (unknown paths,
/// expired tokens, other people's data, malformed bodies).
/// </summary>
public static class TrafficGenerator
{
    private static readonly (string Kind, int Weight)[] s_mix =
    [
        ("get-product", 22), ("list-products", 10), ("get-user", 18), ("user-orders", 8), ("get-order", 10),
        ("place-order", 8), ("update-user", 5), ("cancel-order", 3), ("health", 4), ("not-found", 2),
        ("bad-token", 2), ("anonymous-private", 2), ("other-user", 2), ("bad-body", 1),
    ];

    private static readonly string[] s_agents = ["Mozilla/5.0 (X11; Linux x86_64) Firefox/140.0", "Mozilla/5.0 (Macintosh) Safari/18.1", "ShopApp/4.2 (iOS 19)", "ShopApp/4.2 (Android 16)"];

    public static byte[][] Generate(SeedData seed, int count, int randomSeed)
    {
        var random = new Random(randomSeed);
        var ordersByUser = seed.Orders.GroupBy(o => o.UserId).ToDictionary(g => g.Key, g => g.Select(o => o.Id).ToArray());
        var total = s_mix.Sum(m => m.Weight);
        var requests = new byte[count][];
        for (var i = 0; i < count; i++)
        {
            var pick = random.Next(total);
            var kind = s_mix.First(m => (pick -= m.Weight) < 0).Kind;
            requests[i] = Request(kind, seed, ordersByUser, random);
        }

        return requests;
    }

    private static byte[] Request(string kind, SeedData seed, Dictionary<int, Guid[]> ordersByUser, Random random)
    {
        var userId = random.Next(1, SeedData.UserCount + 1);
        var c = CultureInfo.InvariantCulture;
        var caller = random.Next(100) switch
        {
            < 80 => Caller.Customer,
            < 92 => Caller.Service,
            < 95 => Caller.Staff,
            _ => Caller.Anonymous,
        };
        if (kind is "place-order" or "update-user" or "cancel-order" or "other-user")
        {
            caller = Caller.Customer;
        }
        else if (kind is "anonymous-private" or "health")
        {
            caller = Caller.Anonymous;
        }
        else if (caller == Caller.Anonymous && kind is not ("get-product" or "list-products"))
        {
            caller = Caller.Customer;
        }

        string method = "GET", target;
        string? body = null;
        switch (kind)
        {
            case "get-product":
                target = "/api/products/" + seed.Products[random.Next(seed.Products.Count)].Slug;
                break;
            case "list-products":
                target = random.Next(3) == 0 ? $"/api/products?page={random.Next(1, 4)}" : $"/api/products?category={seed.Categories[random.Next(seed.Categories.Count)]}&page={random.Next(1, 3)}";
                break;
            case "get-user" or "anonymous-private":
                target = string.Create(c, $"/api/users/{userId}");
                break;
            case "other-user":
                target = string.Create(c, $"/api/users/{(userId % SeedData.UserCount) + 1}");
                break;
            case "user-orders":
                target = string.Create(c, $"/api/users/{userId}/orders");
                break;
            case "get-order":
                target = "/api/orders/" + OrderOf(userId, ordersByUser, random).ToString("D");
                break;
            case "cancel-order":
                method = "POST";
                target = "/api/orders/" + OrderOf(userId, ordersByUser, random).ToString("D") + "/cancel";
                body = "";
                break;
            case "place-order":
                method = "POST";
                target = "/api/orders";
                body = $"{{\"product\":\"{seed.Products[random.Next(seed.Products.Count)].Slug}\",\"quantity\":{random.Next(1, 4)}}}";
                break;
            case "update-user":
                method = "PUT";
                target = string.Create(c, $"/api/users/{userId}");
                body = string.Create(c, $"{{\"name\":\"Customer {userId}\",\"email\":\"customer{userId}@example.org\"}}");
                break;
            case "bad-body":
                method = "PUT";
                target = string.Create(c, $"/api/users/{userId}");
                body = "{\"name\": \"unterminated";
                break;
            case "health":
                target = "/health";
                break;
            case "not-found":
                target = random.Next(2) == 0 ? "/favicon.ico" : "/api/basket";
                break;
            case "bad-token":
                target = string.Create(c, $"/api/users/{userId}");
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(kind), kind, "not a kind of request");
        }

        var text = new StringBuilder();
        text.Append(c, $"{method} {target} HTTP/1.1\r\nHost: shop.example\r\n");
        text.Append(c, $"User-Agent: {(caller == Caller.Service ? "partner-sync/2.0" : s_agents[random.Next(s_agents.Length)])}\r\n");
        text.Append("Accept: application/json\r\n");
        switch (caller)
        {
            case Caller.Customer:
                text.Append("Authorization: Bearer ").Append(kind == "bad-token" ? "texpired0000000000" : seed.TokenOf[userId - 1]).Append("\r\n");
                break;
            case Caller.Service:
                text.Append("X-Api-Key: ").Append(seed.ApiKeys.Keys.ElementAt(random.Next(seed.ApiKeys.Count))).Append("\r\n");
                break;
            case Caller.Staff:
                var (name, password) = seed.StaffPasswords[random.Next(seed.StaffPasswords.Count)];
                text.Append("Authorization: Basic ").Append(Convert.ToBase64String(Encoding.UTF8.GetBytes(name + ":" + password))).Append("\r\n");
                break;
        }

        var encoding = caller switch
        {
            Caller.Service => "gzip",
            Caller.Customer or Caller.Anonymous when random.Next(10) < 6 => "gzip, deflate, br, zstd",
            _ => null,
        };
        if (encoding is not null)
        {
            text.Append("Accept-Encoding: ").Append(encoding).Append("\r\n");
        }

        if (random.Next(4) == 0)
        {
            text.Append(c, $"X-Forwarded-For: 203.0.113.{random.Next(1, 255)}\r\n");
        }

        if (body is not null)
        {
            text.Append(c, $"Content-Type: application/json\r\nContent-Length: {Encoding.UTF8.GetByteCount(body)}\r\n");
        }

        text.Append("\r\n").Append(body);
        return Encoding.UTF8.GetBytes(text.ToString());
    }

    private static Guid OrderOf(int userId, Dictionary<int, Guid[]> ordersByUser, Random random) =>
        ordersByUser.TryGetValue(userId, out var orders) ? orders[random.Next(orders.Length)] : Guid.Empty;

    private enum Caller
    {
        Customer,
        Service,
        Staff,
        Anonymous,
    }
}
