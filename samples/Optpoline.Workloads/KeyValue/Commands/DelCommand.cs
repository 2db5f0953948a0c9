namespace Optpoline.Workloads.KeyValue.Commands;

/// <summary><c>DEL key [key ...]</c>.</summary>
public sealed class DelCommand : ICommand
{
    public string Name => "DEL";

    public int Arity => -2;

    public CommandCategories Categories => CommandCategories.Write | CommandCategories.Keyspace;

    public void Execute(CommandContext context)
    {
        var deleted = 0;
        for (var i = 1; i < context.Arguments.Count; i++)
        {
            if (context.Keyspace.Delete(context.Arguments.GetString(i)))
            {
                deleted++;
            }
        }

        if (deleted > 0)
        {
            context.MarkDirty();
        }

        context.Reply.WriteInteger(deleted);
    }
}
