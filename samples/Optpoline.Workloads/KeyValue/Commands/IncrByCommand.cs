namespace Optpoline.Workloads.KeyValue.Commands;

/// <summary><c>INCRBY key increment</c>.</summary>
public sealed class IncrByCommand : CounterCommand
{
    public override string Name => "INCRBY";

    public override int Arity => 3;

    protected override bool TryGetIncrement(CommandContext context, out long increment) => context.Arguments.TryGetInt64(2, out increment);
}
