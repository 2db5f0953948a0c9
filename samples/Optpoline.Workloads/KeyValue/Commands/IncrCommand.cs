namespace Optpoline.Workloads.KeyValue.Commands;

/// <summary><c>INCR key</c>.</summary>
public sealed class IncrCommand : CounterCommand
{
    public override string Name => "INCR";

    public override int Arity => 2;

    protected override bool TryGetIncrement(CommandContext context, out long increment)
    {
        increment = 1;
        return true;
    }
}
