namespace Optpoline.Workloads.KeyValue.Commands;

/// <summary><c>ECHO message</c>.</summary>
public sealed class EchoCommand : ICommand
{
    public string Name => "ECHO";

    public int Arity => 2;

    public CommandCategories Categories => CommandCategories.Connection;

    public void Execute(CommandContext context) => context.Reply.WriteBulkString(context.Arguments[1]);
}
