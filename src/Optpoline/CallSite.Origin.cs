using System.Reflection;
using Optpoline.Reporting;

namespace Optpoline;

/// <summary>What a generated site knows of its shim: where it is, and which guards were baked into it.</summary>
public abstract partial class CallSite
{
    // Both run in the static constructor of the shim's holder, before the site exists: a throw there
    // would break the caller for good (TypeInitializationException), so they answer null or skip instead.

    private static SiteOrigin? OriginOf(RuntimeTypeHandle callerType, string? callerName, int ilOffset)
    {
        if (callerName is null)
        {
            return null;
        }

        try
        {
            var module = Type.GetTypeFromHandle(callerType)?.Module;
            return module?.Assembly.GetName().Name is { } assembly
                ? new SiteOrigin(assembly, ModuleVersionIds.OriginalOf(module), callerName, ilOffset)
                : null;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return null;
        }
    }

    /// <summary>The baked receiver types, in guard order; a handle that names no type is left out.</summary>
    private static Type[] TypesOf(RuntimeTypeHandle[]? handles)
    {
        var types = new List<Type>(handles?.Length ?? 0);
        foreach (var handle in handles ?? [])
        {
            try
            {
                if (Type.GetTypeFromHandle(handle) is { } type)
                {
                    types.Add(type);
                }
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                // Skip it: the site then counts that guard's receivers as its own traffic, which is safe.
            }
        }

        return [.. types];
    }

    /// <summary>
    /// A generic method's own type arguments, written as a type's full name writes its own
    /// (<c>[[System.String, System.Private.CoreLib, ...]]</c>): each instantiation of a generic caller
    /// has a site of its own, and its key must say which.
    /// </summary>
    private static string MethodArguments(MethodBase? method) =>
        method is { IsGenericMethod: true, IsGenericMethodDefinition: false }
            ? "[" + string.Join(",", method.GetGenericArguments().Select(a => "[" + (a.AssemblyQualifiedName ?? a.Name) + "]")) + "]"
            : "";
}
