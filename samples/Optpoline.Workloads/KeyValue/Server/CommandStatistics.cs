using Optpoline.Workloads.KeyValue.Commands;

namespace Optpoline.Workloads.KeyValue.Server;

/// <summary>Calls and time per command, as INFO commandstats reports them.</summary>
public sealed class CommandStatistics : ICommandObserver
{
    private readonly Dictionary<ICommand, (long Calls, long Ticks)> _stats = new(ReferenceEqualityComparer.Instance);

    public long Calls(ICommand command) => _stats.TryGetValue(command, out var s) ? s.Calls : 0;

    public void OnExecuted(ICommand command, CommandContext context, long elapsedTicks)
    {
        ref var stats = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(_stats, command, out _);
        stats.Calls++;
        stats.Ticks += elapsedTicks;
    }
}
