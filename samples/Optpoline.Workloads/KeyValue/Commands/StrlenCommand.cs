using System.Globalization;
using Optpoline.Workloads.KeyValue.Storage;

namespace Optpoline.Workloads.KeyValue.Commands;

/// <summary><c>STRLEN key</c>.</summary>
public sealed class StrlenCommand : ICommand
{
    public string Name => "STRLEN";

    public int Arity => 2;

    public CommandCategories Categories => CommandCategories.Read | CommandCategories.String;

    public void Execute(CommandContext context)
    {
        if (!context.Keyspace.TryGet(context.Arguments.GetString(1), out var value))
        {
            context.Reply.WriteInteger(0);
            return;
        }

        switch (value)
        {
            case StringValue text:
                context.Reply.WriteInteger(text.Bytes.Length);
                break;
            case IntegerValue number:
                context.Reply.WriteInteger(number.Value.ToString(CultureInfo.InvariantCulture).Length);
                break;
            default:
                context.Reply.WriteError(Errors.WrongType);
                break;
        }
    }
}
