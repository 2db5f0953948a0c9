namespace Optpoline.Workloads.KeyValue.Commands;

/// <summary><c>PING [message]</c>.</summary>
public sealed class PingCommand : ICommand
{
    public string Name => "PING";

    public int Arity => -1;

    public CommandCategories Categories => CommandCategories.Connection;

    public void Execute(CommandContext context)
    {
        if (context.Arguments.Count > 1)
        {
            context.Reply.WriteBulkString(context.Arguments[1]);
        }
        else
        {
            context.Reply.WriteSimpleString("PONG"u8);
        }
    }
}
