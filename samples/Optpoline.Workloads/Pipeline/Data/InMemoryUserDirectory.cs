namespace Optpoline.Workloads.Pipeline.Data;

public sealed class InMemoryUserDirectory(IEnumerable<User> users) : IUserDirectory
{
    private readonly Dictionary<int, User> _users = users.ToDictionary(u => u.Id);

    public int Count => _users.Count;

    public User? Find(int id) => _users.GetValueOrDefault(id);
}
