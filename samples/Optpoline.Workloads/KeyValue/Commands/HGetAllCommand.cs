namespace Optpoline.Workloads.KeyValue.Commands;

/// <summary><c>HGETALL key</c>: field, value, field, value, ...</summary>
public sealed class HGetAllCommand : ICommand
{
    public string Name => "HGETALL";

    public int Arity => 2;

    public CommandCategories Categories => CommandCategories.Read | CommandCategories.Hash;

    public void Execute(CommandContext context)
    {
        if (!HashLookup.TryFind(context, context.Arguments.GetString(1), out var hash))
        {
            return;
        }

        if (hash is null)
        {
            context.Reply.WriteArrayHeader(0);
            return;
        }

        context.Reply.WriteArrayHeader(hash.Fields.Count * 2);
        foreach (var (field, value) in hash.Fields)
        {
            context.Reply.WriteBulkString(field);
            context.Reply.WriteBulkString(value);
        }
    }
}
