using System.Reflection;
using System.Runtime.CompilerServices;

namespace Optpoline.Rewriter.Tests;

/// <summary>Forces methods through the JIT, which rejects invalid IL that a run might never reach.</summary>
internal static class Jit
{
    /// <summary>JIT-compiles every non-generic method with a body; returns the ones that failed, with why.</summary>
    public static List<string> PrepareAll(Assembly assembly)
    {
        var failures = new List<string>();
        const BindingFlags all = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;
        foreach (var type in assembly.GetTypes().Where(t => !t.ContainsGenericParameters))
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
}
