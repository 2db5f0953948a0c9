namespace Optpoline.Workloads.Pipeline.Data;

public interface IOrderBook
{
    int Count { get; }

    Order? Find(Guid id);

    IReadOnlyList<Order> OfUser(int userId, int limit);

    Order Place(int userId, Product product, int quantity, DateTimeOffset at);
}
