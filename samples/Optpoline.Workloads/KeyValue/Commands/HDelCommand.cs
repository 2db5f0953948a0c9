namespace Optpoline.Workloads.KeyValue.Commands;

/// <summary><c>HDEL key field [field ...]</c>; a hash left empty is deleted.</summary>
public sealed class HDelCommand : ICommand
{
    public string Name => "HDEL";

    public int Arity => -3;

    public CommandCategories Categories => CommandCategories.Write | CommandCategories.Hash;

    public void Execute(CommandContext context)
    {
        var args = context.Arguments;
        var key = args.GetString(1);
        if (!HashLookup.TryFind(context, key, out var hash))
        {
            return;
        }

        var removed = 0;
        if (hash is not null)
        {
            var before = hash.MemoryUsage;
            for (var i = 2; i < args.Count; i++)
            {
                if (hash.Remove(args.GetString(i)))
                {
                    removed++;
                }
            }

            if (hash.Fields.Count == 0)
            {
                context.Keyspace.Delete(key);
            }
            else
            {
                context.Keyspace.Resized(hash, before);
            }
        }

        if (removed > 0)
        {
            context.MarkDirty();
        }

        context.Reply.WriteInteger(removed);
    }
}
