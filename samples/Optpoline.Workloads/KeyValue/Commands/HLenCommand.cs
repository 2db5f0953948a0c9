namespace Optpoline.Workloads.KeyValue.Commands;

/// <summary><c>HLEN key</c>.</summary>
public sealed class HLenCommand : ICommand
{
    public string Name => "HLEN";

    public int Arity => 2;

    public CommandCategories Categories => CommandCategories.Read | CommandCategories.Hash;

    public void Execute(CommandContext context)
    {
        if (HashLookup.TryFind(context, context.Arguments.GetString(1), out var hash))
        {
            context.Reply.WriteInteger(hash?.Fields.Count ?? 0);
        }
    }
}
