namespace Optpoline.Workloads.KeyValue.Commands;

/// <summary><c>DECR key</c>.</summary>
public sealed class DecrCommand : CounterCommand
{
    public override string Name => "DECR";

    public override int Arity => 2;

    protected override bool TryGetIncrement(CommandContext context, out long increment)
    {
        increment = -1;
        return true;
    }
}
