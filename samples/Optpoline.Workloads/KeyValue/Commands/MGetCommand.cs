namespace Optpoline.Workloads.KeyValue.Commands;

/// <summary><c>MGET key [key ...]</c>: a value that is not a string reads as null.</summary>
public sealed class MGetCommand : ICommand
{
    public string Name => "MGET";

    public int Arity => -2;

    public CommandCategories Categories => CommandCategories.Read | CommandCategories.String;

    public void Execute(CommandContext context)
    {
        context.Reply.WriteArrayHeader(context.Arguments.Count - 1);
        for (var i = 1; i < context.Arguments.Count; i++)
        {
            if (!context.Keyspace.TryGet(context.Arguments.GetString(i), out var value) || !value.TryWriteString(context.Reply))
            {
                context.Reply.WriteNull();
            }
        }
    }
}
