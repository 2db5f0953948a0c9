namespace Optpoline.Workloads.KeyValue.Commands;

/// <summary><c>DBSIZE</c>.</summary>
public sealed class DbSizeCommand : ICommand
{
    public string Name => "DBSIZE";

    public int Arity => 1;

    public CommandCategories Categories => CommandCategories.Read | CommandCategories.Keyspace;

    public void Execute(CommandContext context) => context.Reply.WriteInteger(context.Keyspace.Count);
}
