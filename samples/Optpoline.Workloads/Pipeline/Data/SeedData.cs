using System.Globalization;
using Optpoline.Workloads.Pipeline.Auth;

namespace Optpoline.Workloads.Pipeline.Data;

/// <summary>The shop's data at opening time, and the credentials of its callers: generated from a seed, the same every run.</summary>
public sealed class SeedData
{
    public const int UserCount = 2_000;
    public static readonly IReadOnlyList<string> CustomerScopes = ["products:read", "orders:read", "orders:write", "profile"];

    private static readonly string[] s_first = ["Ada", "Alan", "Barbara", "Brian", "Claude", "Dennis", "Donald", "Edsger", "Frances", "Grace", "John", "Ken", "Leslie", "Margaret", "Niklaus", "Radia", "Robin", "Shafi", "Tony", "Whitfield"];
    private static readonly string[] s_last = ["Lovelace", "Turing", "Liskov", "Kernighan", "Shannon", "Ritchie", "Knuth", "Dijkstra", "Allen", "Hopper", "McCarthy", "Thompson", "Lamport", "Hamilton", "Wirth", "Perlman", "Milner", "Goldwasser", "Hoare", "Diffie"];
    private static readonly string[] s_categories = ["garden", "kitchen", "office", "outdoor", "audio", "toys", "books", "tools"];
    private static readonly string[] s_adjectives = ["blue", "compact", "deluxe", "eco", "foldable", "heavy", "light", "quiet", "rapid", "smart", "solid", "tiny"];
    private static readonly string[] s_nouns = ["widget", "lamp", "kettle", "chair", "speaker", "drill", "planter", "notebook", "tent", "robot", "clock", "bottle"];

    public SeedData(int seed)
    {
        var random = new Random(seed);
        for (var id = 1; id <= UserCount; id++)
        {
            var name = $"{s_first[random.Next(s_first.Length)]} {s_last[random.Next(s_last.Length)]}";
            var roles = id % 100 == 0 ? new[] { "customer", "admin" } : ["customer"];
            var user = new User(id, name, $"{name.Replace(' ', '.').ToLowerInvariant()}{id}@example.com", roles);
            Users.Add(user);
            var token = "t" + random.NextInt64().ToString("x16", CultureInfo.InvariantCulture);
            Tokens[token] = new UserIdentity("user:" + id.ToString(CultureInfo.InvariantCulture), id, roles, CustomerScopes, "Bearer");
            TokenOf.Add(token);
        }

        for (var i = 0; i < 8; i++)
        {
            var key = "k" + random.NextInt64().ToString("x16", CultureInfo.InvariantCulture);
            ApiKeys[key] = new UserIdentity($"service:{i}", null, ["service"], ["products:read", "orders:read"], "ApiKey");
        }

        for (var i = 0; i < 5; i++)
        {
            var name = $"staff{i}";
            var password = $"pw-{random.Next(1_000_000):d6}";
            var salt = new byte[16];
            random.NextBytes(salt);
            StaffAccounts[name] = (salt, BasicAuthenticationHandler.HashPassword(salt, password), new UserIdentity(name, null, ["staff", "admin"], [.. CustomerScopes], "Basic"));
            StaffPasswords.Add((name, password));
        }

        for (var i = 0; i < 300; i++)
        {
            var category = s_categories[i % s_categories.Length];
            var slug = $"{s_adjectives[random.Next(s_adjectives.Length)]}-{s_nouns[random.Next(s_nouns.Length)]}-{i}";
            var words = Enumerable.Range(0, random.Next(12, 30)).Select(_ => s_adjectives[random.Next(s_adjectives.Length)] + " " + s_nouns[random.Next(s_nouns.Length)]);
            Products.Add(new Product(slug, slug.Replace('-', ' '), category, random.Next(199, 49_999), random.Next(20, 500), string.Join(", ", words)));
        }

        var orders = new InMemoryOrderBook(new Random(seed + 1));
        for (var i = 0; i < 6_000; i++)
        {
            var userId = random.Next(1, UserCount + 1);
            var product = Products[random.Next(Products.Count)];
            var order = orders.Place(userId, product, random.Next(1, 4), new DateTimeOffset(2025, 12, 1, 0, 0, 0, TimeSpan.Zero).AddMinutes(i));
            order.Status = random.Next(10) switch { < 6 => OrderStatus.Placed, < 9 => OrderStatus.Shipped, _ => OrderStatus.Cancelled };
            Orders.Add(order);
        }
    }

    public List<User> Users { get; } = [];

    public List<Product> Products { get; } = [];

    public List<Order> Orders { get; } = [];

    public IReadOnlyList<string> Categories => s_categories;

    public Dictionary<string, UserIdentity> Tokens { get; } = new(StringComparer.Ordinal);

    /// <summary>The token of user <c>id</c> is at <c>id - 1</c>.</summary>
    public List<string> TokenOf { get; } = [];

    public Dictionary<string, UserIdentity> ApiKeys { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, (byte[] Salt, byte[] Hash, UserIdentity User)> StaffAccounts { get; } = new(StringComparer.Ordinal);

    public List<(string Name, string Password)> StaffPasswords { get; } = [];
}
