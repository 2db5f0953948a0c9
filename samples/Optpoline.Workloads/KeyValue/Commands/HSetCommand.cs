using Optpoline.Workloads.KeyValue.Storage;

namespace Optpoline.Workloads.KeyValue.Commands;

/// <summary>
/// <c>HSET key field value [field value ...]</c>, replying with the number of new fields; registered
/// again as HMSET, the older name, which replies OK.
/// </summary>
public sealed class HSetCommand(string name) : ICommand
{
    public string Name { get; } = name;

    public int Arity => -4;

    public CommandCategories Categories => CommandCategories.Write | CommandCategories.Hash;

    public void Execute(CommandContext context)
    {
        var args = context.Arguments;
        if (args.Count % 2 != 0)
        {
            context.Reply.WriteError(Errors.WrongArgumentCount(Name));
            return;
        }

        var key = args.GetString(1);
        if (!HashLookup.TryFind(context, key, out var hash))
        {
            return;
        }

        var created = hash is null;
        hash ??= new HashValue();
        var before = created ? 0 : hash.MemoryUsage;
        var added = 0;
        for (var i = 2; i < args.Count; i += 2)
        {
            if (hash.Set(args.GetString(i), args.GetBytes(i + 1)))
            {
                added++;
            }
        }

        if (created)
        {
            context.Keyspace.Set(key, hash);
        }
        else
        {
            context.Keyspace.Resized(hash, before);
        }

        context.MarkDirty();
        if (Name == "HMSET")
        {
            context.Reply.WriteSimpleString("OK"u8);
        }
        else
        {
            context.Reply.WriteInteger(added);
        }
    }
}
