using Optpoline.Workloads.KeyValue.Storage;

namespace Optpoline.Workloads.KeyValue.Commands;

/// <summary><c>SET key value [NX | XX]</c>. A value that is a whole number is stored as one.</summary>
public sealed class SetCommand : ICommand
{
    public string Name => "SET";

    public int Arity => -3;

    public CommandCategories Categories => CommandCategories.Write | CommandCategories.String;

    public void Execute(CommandContext context)
    {
        var args = context.Arguments;
        bool onlyIfMissing = false, onlyIfPresent = false;
        for (var i = 3; i < args.Count; i++)
        {
            if (args.Is(i, "NX"u8))
            {
                onlyIfMissing = true;
            }
            else if (args.Is(i, "XX"u8))
            {
                onlyIfPresent = true;
            }
            else
            {
                context.Reply.WriteError(Errors.Syntax);
                return;
            }
        }

        var key = args.GetString(1);
        if (onlyIfMissing || onlyIfPresent)
        {
            var exists = context.Keyspace.TryGet(key, out _);
            if ((onlyIfMissing && exists) || (onlyIfPresent && !exists))
            {
                context.Reply.WriteNull();
                return;
            }
        }

        context.Keyspace.Set(key, args.TryGetInt64(2, out var number) ? new IntegerValue(number) : new StringValue(args.GetBytes(2)));
        context.MarkDirty();
        context.Reply.WriteSimpleString("OK"u8);
    }
}
