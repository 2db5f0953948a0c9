using System.Reflection;

namespace Optpoline.Rewriter.Tests;

/// <summary>Loads a build of the fixtures in its own context, forces every method through the JIT, and runs it.</summary>
internal sealed class FixtureRun : IDisposable
{
    private readonly IsolatedContext _context;

    public FixtureRun(string assemblyPath, string name)
    {
        _context = new IsolatedContext(Path.GetDirectoryName(assemblyPath)!, name);
        Assembly = _context.LoadFile(assemblyPath);
    }

    public Assembly Assembly { get; }

    public string Run() => (string)Program.GetMethod("Run")!.Invoke(null, null)!;

    public double Hot(int iterations) => (double)Program.GetMethod("Hot")!.Invoke(null, [iterations])!;

    private Type Program => Assembly.GetType("Optpoline.Rewriter.Fixtures.Program", throwOnError: true)!;

    public List<string> PrepareAll() => Jit.PrepareAll(Assembly);

    public void Dispose() => _context.Unload();
}
