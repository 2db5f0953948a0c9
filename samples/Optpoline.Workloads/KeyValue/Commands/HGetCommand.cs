namespace Optpoline.Workloads.KeyValue.Commands;

/// <summary><c>HGET key field</c>.</summary>
public sealed class HGetCommand : ICommand
{
    public string Name => "HGET";

    public int Arity => 3;

    public CommandCategories Categories => CommandCategories.Read | CommandCategories.Hash;

    public void Execute(CommandContext context)
    {
        if (!HashLookup.TryFind(context, context.Arguments.GetString(1), out var hash))
        {
            return;
        }

        if (hash is not null && hash.Fields.TryGetValue(context.Arguments.GetString(2), out var value))
        {
            context.Reply.WriteBulkString(value);
        }
        else
        {
            context.Reply.WriteNull();
        }
    }
}
