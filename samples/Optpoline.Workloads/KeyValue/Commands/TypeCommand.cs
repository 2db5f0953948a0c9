namespace Optpoline.Workloads.KeyValue.Commands;

/// <summary><c>TYPE key</c>.</summary>
public sealed class TypeCommand : ICommand
{
    public string Name => "TYPE";

    public int Arity => 2;

    public CommandCategories Categories => CommandCategories.Read | CommandCategories.Keyspace;

    public void Execute(CommandContext context)
    {
        if (context.Keyspace.TryGet(context.Arguments.GetString(1), out var value))
        {
            context.Reply.WriteSimpleString(System.Text.Encoding.ASCII.GetBytes(value.TypeName));
        }
        else
        {
            context.Reply.WriteSimpleString("none"u8);
        }
    }
}
