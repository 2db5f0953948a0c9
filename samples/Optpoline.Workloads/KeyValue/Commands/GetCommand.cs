namespace Optpoline.Workloads.KeyValue.Commands;

/// <summary><c>GET key</c>.</summary>
public sealed class GetCommand : ICommand
{
    public string Name => "GET";

    public int Arity => 2;

    public CommandCategories Categories => CommandCategories.Read | CommandCategories.String;

    public void Execute(CommandContext context)
    {
        if (!context.Keyspace.TryGet(context.Arguments.GetString(1), out var value))
        {
            context.Reply.WriteNull();
        }
        else if (!value.TryWriteString(context.Reply))
        {
            context.Reply.WriteError(Errors.WrongType);
        }
    }
}
