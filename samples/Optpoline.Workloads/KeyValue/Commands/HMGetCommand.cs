namespace Optpoline.Workloads.KeyValue.Commands;

/// <summary><c>HMGET key field [field ...]</c>.</summary>
public sealed class HMGetCommand : ICommand
{
    public string Name => "HMGET";

    public int Arity => -3;

    public CommandCategories Categories => CommandCategories.Read | CommandCategories.Hash;

    public void Execute(CommandContext context)
    {
        var args = context.Arguments;
        if (!HashLookup.TryFind(context, args.GetString(1), out var hash))
        {
            return;
        }

        context.Reply.WriteArrayHeader(args.Count - 2);
        for (var i = 2; i < args.Count; i++)
        {
            if (hash is not null && hash.Fields.TryGetValue(args.GetString(i), out var value))
            {
                context.Reply.WriteBulkString(value);
            }
            else
            {
                context.Reply.WriteNull();
            }
        }
    }
}
