using System.Reflection;
using System.Runtime.CompilerServices;

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

    /// <summary>JIT-compiles every non-generic method with a body; returns the ones that failed, with why.</summary>
    public List<string> PrepareAll()
    {
        var failures = new List<string>();
        const BindingFlags all = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;
        foreach (var type in Assembly.GetTypes().Where(t => !t.ContainsGenericParameters))
        {
            foreach (var method in type.GetMethods(all).Cast<MethodBase>().Concat(type.GetConstructors(all)))
            {
                if (method.IsAbstract || method.ContainsGenericParameters || method.GetMethodBody() is null)
                {
                    continue;
                }

                try
                {
                    RuntimeHelpers.PrepareMethod(method.MethodHandle);
                }
                catch (Exception e)
                {
                    failures.Add($"{type.FullName}::{method.Name}: {e.GetType().Name}: {e.Message}");
                }
            }
        }

        return failures;
    }

    public void Dispose() => _context.Unload();
}
