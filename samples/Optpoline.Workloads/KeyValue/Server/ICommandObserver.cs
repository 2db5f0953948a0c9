using Optpoline.Workloads.KeyValue.Commands;

namespace Optpoline.Workloads.KeyValue.Server;

/// <summary>Told about every command the server ran and how long it took (statistics, the slow log, latency).</summary>
public interface ICommandObserver
{
    void OnExecuted(ICommand command, CommandContext context, long elapsedTicks);
}
