namespace Optpoline.Workloads.Pipeline.Data;

/// <summary>Orders in memory. Only the latest <see cref="Retained"/> orders are kept: older ones are archived (dropped here).</summary>
public sealed class InMemoryOrderBook(Random ids) : IOrderBook
{
    public const int Retained = 50_000;

    private readonly Dictionary<Guid, Order> _orders = [];
    private readonly Queue<Order> _byAge = new();
    private readonly Dictionary<int, List<Order>> _byUser = [];

    public int Count => _orders.Count;

    public Order? Find(Guid id) => _orders.GetValueOrDefault(id);

    public IReadOnlyList<Order> OfUser(int userId, int limit)
    {
        if (!_byUser.TryGetValue(userId, out var orders))
        {
            return [];
        }

        return orders.Count <= limit ? orders : orders.GetRange(orders.Count - limit, limit);
    }

    public Order Place(int userId, Product product, int quantity, DateTimeOffset at)
    {
        Span<byte> bytes = stackalloc byte[16];
        ids.NextBytes(bytes);
        var order = new Order(new Guid(bytes), userId, product.Slug, quantity, product.PriceCents * quantity, at);
        Add(order);
        return order;
    }

    public void Add(Order order)
    {
        if (_byAge.Count == Retained)
        {
            var archived = _byAge.Dequeue();
            _orders.Remove(archived.Id);
            _byUser[archived.UserId].Remove(archived);
        }

        _orders.Add(order.Id, order);
        _byAge.Enqueue(order);
        if (!_byUser.TryGetValue(order.UserId, out var list))
        {
            _byUser.Add(order.UserId, list = []);
        }

        list.Add(order);
    }
}
