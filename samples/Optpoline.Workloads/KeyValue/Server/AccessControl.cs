using Optpoline.Workloads.KeyValue.Commands;

namespace Optpoline.Workloads.KeyValue.Server;

/// <summary>Users and the command categories each may run (a small Redis ACL).</summary>
public sealed class AccessControl
{
    public const string DefaultUser = "default";

    private readonly Dictionary<string, CommandCategories> _users = new(StringComparer.Ordinal)
    {
        [DefaultUser] = CommandCategories.Read | CommandCategories.Write | CommandCategories.String | CommandCategories.Hash | CommandCategories.Keyspace | CommandCategories.Connection,
        ["reader"] = CommandCategories.Read | CommandCategories.String | CommandCategories.Hash | CommandCategories.Keyspace | CommandCategories.Connection,
    };

    public bool IsUser(string user) => _users.ContainsKey(user);

    public bool MayRun(string user, ICommand command) =>
        _users.TryGetValue(user, out var allowed) && (allowed & command.Categories) == command.Categories;
}
