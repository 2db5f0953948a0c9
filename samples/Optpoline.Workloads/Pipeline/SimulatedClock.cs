namespace Optpoline.Workloads.Pipeline;

/// <summary>
/// The server's clock. It advances a millisecond per request rather than following the wall clock,
/// so that every run of the same requests produces the same responses (Date headers, timestamps).
/// </summary>
public sealed class SimulatedClock
{
    private static readonly DateTimeOffset s_start = new(2026, 1, 5, 9, 0, 0, TimeSpan.Zero);
    private long _milliseconds;

    public DateTimeOffset Now => s_start.AddMilliseconds(_milliseconds);

    public long Milliseconds => _milliseconds;

    public void Tick() => _milliseconds++;
}
