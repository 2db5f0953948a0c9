namespace Optpoline.Workloads.KeyValue.Commands;

/// <summary><c>EXISTS key [key ...]</c>.</summary>
public sealed class ExistsCommand : ICommand
{
    public string Name => "EXISTS";

    public int Arity => -2;

    public CommandCategories Categories => CommandCategories.Read | CommandCategories.Keyspace;

    public void Execute(CommandContext context)
    {
        var found = 0;
        for (var i = 1; i < context.Arguments.Count; i++)
        {
            if (context.Keyspace.TryGet(context.Arguments.GetString(i), out _))
            {
                found++;
            }
        }

        context.Reply.WriteInteger(found);
    }
}
