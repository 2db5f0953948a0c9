using System.Reflection;
using System.Runtime.CompilerServices;

namespace Optpoline.Corpus.Tests;

/// <summary>
/// Forces every method and constructor with an IL body through the JIT
/// (<see cref="RuntimeHelpers.PrepareMethod(RuntimeMethodHandle, RuntimeTypeHandle[])"/>), without
/// running any of them. The JIT's importer rejects invalid IL (an unbalanced stack, a bad token, a
/// call whose signature does not match) with <see cref="InvalidProgramException"/> and friends even
/// in code a run never reaches, and the type loader rejects malformed types and overrides when the
/// methods are looked up; both land in <see cref="JitSweep.Failures"/>.
/// </summary>
internal static class ForcedJit
{
    private const BindingFlags Declared = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;

    public static JitSweep Run(Assembly assembly)
    {
        var failures = new Dictionary<string, string>(StringComparer.Ordinal);
        var (prepared, skipped) = (0, 0);
        foreach (var type in TypesOf(assembly, failures))
        {
            MethodBase[] methods;
            Type[]? typeArguments = [];
            try
            {
                methods = [.. type.GetMethods(Declared), .. type.GetConstructors(Declared)];
                if (type.IsGenericTypeDefinition && GenericArguments.For(type.GetGenericArguments()) is { } chosen)
                {
                    typeArguments = Satisfies(() => type.MakeGenericType(chosen), $"{type.FullName}: instantiation", failures) ? chosen : null;
                }
                else if (type.IsGenericTypeDefinition)
                {
                    typeArguments = null;
                }
            }
            catch (Exception e) when (e is TypeLoadException or FileNotFoundException or FileLoadException or BadImageFormatException or MissingMethodException or MissingFieldException)
            {
                failures[$"{type.FullName}: members"] = Describe(e);
                continue;
            }

            foreach (var method in methods)
            {
                if (!HasBody(method))
                {
                    continue;
                }

                var methodArguments = method.IsGenericMethodDefinition ? GenericArguments.For(method.GetGenericArguments()) : [];
                if (typeArguments is null || methodArguments is null
                    || (method.IsGenericMethodDefinition && !Satisfies(() => ((MethodInfo)MethodBase.GetMethodFromHandle(method.MethodHandle, type.IsGenericTypeDefinition ? type.MakeGenericType(typeArguments).TypeHandle : type.TypeHandle)!).MakeGenericMethod(methodArguments), $"{type.FullName}::{method}: instantiation", failures)))
                {
                    skipped++;
                    continue;
                }

                try
                {
                    if (typeArguments.Length + methodArguments.Length == 0)
                    {
                        RuntimeHelpers.PrepareMethod(method.MethodHandle);
                    }
                    else
                    {
                        RuntimeHelpers.PrepareMethod(method.MethodHandle, [.. typeArguments.Concat(methodArguments).Select(t => t.TypeHandle)]);
                    }

                    prepared++;
                }
#pragma warning disable CA1031 // Whatever the JIT or the loader throws is the finding: it is recorded, and compared with the original's.
                catch (Exception e)
#pragma warning restore CA1031
                {
                    failures[$"{type.FullName}::{method}"] = Describe(e);
                }
            }
        }

        return new JitSweep(prepared, skipped, failures);
    }

    /// <summary>The assembly's types; those that fail to load are recorded (by the loader's message, which names them).</summary>
    private static IEnumerable<Type> TypesOf(Assembly assembly, Dictionary<string, string> failures)
    {
        try
        {
            return assembly.GetTypes();
        }
        catch (ReflectionTypeLoadException e)
        {
            foreach (var loader in e.LoaderExceptions.OfType<Exception>())
            {
                failures[$"type load: {loader.Message}"] = Describe(loader);
            }

            return e.Types.OfType<Type>();
        }
    }

    private static bool HasBody(MethodBase method)
    {
        if (method.IsAbstract || (method.MethodImplementationFlags & (MethodImplAttributes.InternalCall | MethodImplAttributes.Runtime | MethodImplAttributes.Native)) != 0
            || (method.Attributes & MethodAttributes.PinvokeImpl) != 0)
        {
            return false;
        }

        try
        {
            return method.GetMethodBody() is not null;
        }
        catch (Exception e) when (e is BadImageFormatException or InvalidOperationException)
        {
            return true; // Let PrepareMethod report it.
        }
    }

    /// <summary>Whether the instantiation loads; a constraint it breaks means "skip", a loader failure is recorded under <paramref name="key"/>.</summary>
    private static bool Satisfies(Action instantiate, string key, Dictionary<string, string> failures)
    {
        try
        {
            instantiate();
            return true;
        }
        catch (ArgumentException)
        {
            // A constraint the chosen arguments do not satisfy (new() on an interface, say).
            return false;
        }
        catch (Exception e) when (e is TypeLoadException or FileNotFoundException or FileLoadException or BadImageFormatException)
        {
            failures[key] = Describe(e);
            return false;
        }
    }

    private static string Describe(Exception e) =>
        e.InnerException is { } inner && e is TargetInvocationException or TypeInitializationException
            ? $"{e.GetType().Name}: {e.Message} ---> {inner.GetType().Name}: {inner.Message}"
            : $"{e.GetType().Name}: {e.Message}";
}
