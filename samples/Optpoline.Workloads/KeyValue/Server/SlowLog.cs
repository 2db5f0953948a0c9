using System.Diagnostics;
using Optpoline.Workloads.KeyValue.Commands;

namespace Optpoline.Workloads.KeyValue.Server;

/// <summary>The last commands that took longer than the threshold (SLOWLOG GET), newest last.</summary>
public sealed class SlowLog(TimeSpan threshold, int capacity = 128) : ICommandObserver
{
    private readonly long _thresholdTicks = (long)(threshold.TotalSeconds * Stopwatch.Frequency);
    private readonly Queue<(string Command, long Ticks)> _entries = new();

    public int Count => _entries.Count;

    public void OnExecuted(ICommand command, CommandContext context, long elapsedTicks)
    {
        if (elapsedTicks < _thresholdTicks)
        {
            return;
        }

        if (_entries.Count == capacity)
        {
            _entries.Dequeue();
        }

        _entries.Enqueue((command.Name, elapsedTicks));
    }
}
