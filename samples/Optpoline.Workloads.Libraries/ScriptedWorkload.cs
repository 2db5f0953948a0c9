namespace Optpoline.Workloads.Libraries;

/// <summary>
/// A library workload: one long-lived <see cref="ILibraryScript"/> run once per batch. Every run
/// must return what the first returned; the runs that did not are counted into the checksum.
/// </summary>
internal sealed class ScriptedWorkload : Workload
{
    /// <summary>How many runs <see cref="Verify"/> makes on its fresh system.</summary>
    private const int VerifiedRuns = 3;

    private readonly Func<ILibraryScript> _start;
    private readonly ILibraryScript _script;
    private readonly ulong _expected;
    private long _inconsistent;

    public ScriptedWorkload(string name, Func<ILibraryScript> start)
    {
        Name = name;
        _start = start;
        _script = start();
        _expected = _script.Run();
    }

    public override string Name { get; }

    public override int RunBatch()
    {
        if (_script.Run() != _expected)
        {
            _inconsistent++;
        }

        return _script.Operations;
    }

    /// <summary>
    /// A fresh system runs the script a few times; the checksum covers what every run produced and
    /// how many of the measured system's runs produced something other than its first (0 in a
    /// correct build).
    /// </summary>
    public override ulong Verify()
    {
        using var script = _start();
        var hash = default(Fnv1a);
        for (var i = 0; i < VerifiedRuns; i++)
        {
            hash.Add((long)script.Run());
        }

        hash.Add(_inconsistent);
        return hash.Value;
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _script.Dispose();
        }

        base.Dispose(disposing);
    }
}
