using System.Reflection;

namespace Optpoline.Rewriter.Tests;

/// <summary>A Jint build loaded in its own context, driven through reflection (the tests never bind to Jint's types).</summary>
internal sealed class JintEngine : IDisposable
{
    private readonly IsolatedContext _context;
    private readonly Type _engine;
    private readonly MethodInfo _evaluate;

    public JintEngine(string folder, string name)
    {
        _context = new IsolatedContext(folder, name);
        var jint = _context.LoadFromAssemblyName(new AssemblyName("Jint"));
        Assembly = jint;
        _engine = jint.GetType("Jint.Engine", throwOnError: true)!;
        _evaluate = _engine.GetMethods().Single(m => m.Name == "Evaluate" && m.GetParameters() is [{ ParameterType: var code }, { ParameterType: var source }] && code == typeof(string) && source == typeof(string));
    }

    public Assembly Assembly { get; }

    /// <summary>Runs <paramref name="script"/> in a fresh engine: its completion value, or the exception it ended with.</summary>
    public string Evaluate(string script)
    {
        var engine = Activator.CreateInstance(_engine)!;
        try
        {
            return _evaluate.Invoke(engine, [script, "test.js"])?.ToString() ?? "null";
        }
        catch (TargetInvocationException e) when (e.InnerException is { } inner)
        {
            return $"threw {inner.GetType().FullName}: {inner.Message}";
        }
    }

    public void Dispose() => _context.Unload();
}
