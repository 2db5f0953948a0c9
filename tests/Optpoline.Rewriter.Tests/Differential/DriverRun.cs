using System.Reflection;

namespace Optpoline.Rewriter.Tests.Differential;

/// <summary>One build of a batch, loaded in its own collectible context; runs the driver of each hierarchy.</summary>
internal sealed class DriverRun : IDisposable
{
    private readonly IsolatedContext _context;
    private readonly Dictionary<int, MethodInfo> _runs = [];

    private readonly GeneratedBatch _batch;

    public DriverRun(GeneratedBatch batch, string assemblyPath, string name)
    {
        _batch = batch;
        _context = new IsolatedContext(Path.GetDirectoryName(assemblyPath)!, name);
        Assembly = _context.LoadFile(assemblyPath);
    }

    public Assembly Assembly { get; }

    public string Run(int seed, int distribution, int calls = DiffKnobs.Calls)
    {
        if (!_runs.TryGetValue(seed, out var run))
        {
            var driver = Assembly.GetType(_batch.Namespace(seed) + ".Driver", throwOnError: true)!;
            _runs[seed] = run = driver.GetMethod("Run")!;
        }

        return (string)run.Invoke(null, [seed, distribution, calls])!;
    }

    public List<string> PrepareAll() => Jit.PrepareAll(Assembly);

    public void Dispose() => _context.Unload();
}
