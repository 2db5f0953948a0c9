using System.Buffers.Text;
using Optpoline.Workloads.KeyValue.Storage;

namespace Optpoline.Workloads.KeyValue.Commands;

/// <summary>INCR, DECR, INCRBY: add to the number a key holds (0 when missing).</summary>
public abstract class CounterCommand : ICommand
{
    public abstract string Name { get; }

    public abstract int Arity { get; }

    public CommandCategories Categories => CommandCategories.Write | CommandCategories.String;

    public void Execute(CommandContext context)
    {
        if (!TryGetIncrement(context, out var increment))
        {
            context.Reply.WriteError(Errors.NotInteger);
            return;
        }

        var key = context.Arguments.GetString(1);
        long current = 0;
        if (context.Keyspace.TryGet(key, out var value))
        {
            switch (value)
            {
                case IntegerValue number:
                    current = number.Value;
                    break;
                case StringValue text when Utf8Parser.TryParse(text.Bytes, out long parsed, out var consumed) && consumed == text.Bytes.Length:
                    current = parsed;
                    break;
                case StringValue:
                    context.Reply.WriteError(Errors.NotInteger);
                    return;
                default:
                    context.Reply.WriteError(Errors.WrongType);
                    return;
            }
        }

        long result;
        try
        {
            result = checked(current + increment);
        }
        catch (OverflowException)
        {
            context.Reply.WriteError(Errors.Overflow);
            return;
        }

        if (value is IntegerValue inPlace)
        {
            inPlace.Value = result;
        }
        else
        {
            context.Keyspace.Set(key, new IntegerValue(result));
        }

        context.MarkDirty();
        context.Reply.WriteInteger(result);
    }

    protected abstract bool TryGetIncrement(CommandContext context, out long increment);
}
