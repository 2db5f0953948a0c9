namespace Optpoline.Workloads;

/// <summary>
/// A system under load, driven in batches by a runner that measures how many operations it does
/// per second. A workload knows nothing of how it is measured or of Optpoline.
/// </summary>
public abstract class Workload : IDisposable
{
    /// <summary>The workload's name, as the runner's command line gives it.</summary>
    public abstract string Name { get; }

    /// <summary>Does about a millisecond's worth of operations and returns how many it did.</summary>
    public abstract int RunBatch();

    /// <summary>
    /// Moves the load to phase <paramref name="phase"/> (0, 1, 2, ...). Only a workload whose traffic
    /// changes over time does anything here.
    /// </summary>
    public virtual void EnterPhase(int phase)
    {
    }

    /// <summary>
    /// Builds a fresh system with the same code, runs a fixed script of operations on it, and
    /// returns a checksum of everything the script produced (responses, file contents, final
    /// state). Two builds of the same code must return the same value.
    /// </summary>
    public abstract ulong Verify();

    /// <inheritdoc/>
    public void Dispose()
    {
        Dispose(disposing: true);
        GC.SuppressFinalize(this);
    }

    /// <summary>Releases sockets and threads (the TCP workloads); the others hold only memory.</summary>
    protected virtual void Dispose(bool disposing)
    {
    }
}
