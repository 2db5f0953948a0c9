using System.Globalization;
using System.Text;
using Optpoline.Workloads.KeyValue.Storage;

namespace Optpoline.Workloads.KeyValue.Commands;

/// <summary><c>APPEND key value</c>.</summary>
public sealed class AppendCommand : ICommand
{
    public string Name => "APPEND";

    public int Arity => 3;

    public CommandCategories Categories => CommandCategories.Write | CommandCategories.String;

    public void Execute(CommandContext context)
    {
        var key = context.Arguments.GetString(1);
        var suffix = context.Arguments[2];
        byte[] current;
        if (!context.Keyspace.TryGet(key, out var value))
        {
            current = [];
        }
        else if (value is StringValue text)
        {
            current = text.Bytes;
        }
        else if (value is IntegerValue number)
        {
            current = Encoding.ASCII.GetBytes(number.Value.ToString(CultureInfo.InvariantCulture));
        }
        else
        {
            context.Reply.WriteError(Errors.WrongType);
            return;
        }

        var joined = new byte[current.Length + suffix.Length];
        current.CopyTo(joined, 0);
        suffix.CopyTo(joined.AsSpan(current.Length));
        context.Keyspace.Set(key, new StringValue(joined));
        context.MarkDirty();
        context.Reply.WriteInteger(joined.Length);
    }
}
