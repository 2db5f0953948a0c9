using Jint;

namespace Optpoline.Workloads.Jint;

/// <summary>
/// Jint running one JavaScript program: its source is executed once in one engine, then every batch
/// calls its <c>run()</c> function once. Every call must return what the first returned.
/// </summary>
/// <remarks>
/// A call of <c>run()</c> takes from about 50 µs (strings) to about 3 ms (fib): a batch of one call
/// is close to the millisecond the runner expects, and one operation is one call, as the Jint rows
/// have always counted.
/// </remarks>
public sealed class JintWorkload : Workload
{
    /// <summary>How many calls of <c>run()</c> <see cref="Verify"/> makes on its fresh engine.</summary>
    private const int VerifiedCalls = 3;

    private readonly string _program;
    private readonly string _source;
    private readonly Engine _engine;
    private readonly string _expected;
    private long _inconsistent;

    public JintWorkload(string program)
    {
        _program = program;
        _source = JintPrograms.Source(program);
        _engine = Start(_source);
        _expected = Run(_engine);
    }

    public override string Name => JintPrograms.Prefix + _program;

    public override int RunBatch()
    {
        if (Run(_engine) != _expected)
        {
            _inconsistent++;
        }

        return 1;
    }

    /// <summary>
    /// A fresh engine runs the program and calls <c>run()</c> a few times; the checksum covers what
    /// every call returned and how many of the measured engine's calls returned something other than
    /// its first (0 in a correct build).
    /// </summary>
    public override ulong Verify()
    {
        var engine = Start(_source);
        var hash = default(Fnv1a);
        for (var i = 0; i < VerifiedCalls; i++)
        {
            hash.Add(Run(engine));
        }

        hash.Add(_inconsistent);
        return hash.Value;
    }

    private static Engine Start(string source)
    {
        var engine = new Engine();
        engine.Execute(source);
        return engine;
    }

    private static string Run(Engine engine) => engine.Invoke("run").ToString();
}
