using System.Globalization;
using System.Reflection;
using Optpoline.Reporting;

namespace Optpoline.Tests.Differential.GenericCode;

/// <summary>
/// What the generated holders' static constructors call in place of
/// <see cref="CallSite.ForGeneratedCode{TDelegate}"/>: the same arguments (the <c>ldtoken</c>s of the
/// callee, its type, the caller and its type, each resolved per holder instantiation), resolved the same
/// way, into a site made as the runtime makes it for woven code (a store into the holder's own
/// <c>Target</c>, the plain call profiled), but registered with the test's patcher rather than the
/// process's. Public: the dynamic assemblies call it.
/// </summary>
public static class GeneratedSites
{
    [ThreadStatic]
    private static GeneratedSiteScope? t_scope;

    /// <summary>Until disposed, holders initialised on this thread make their sites in <paramref name="scope"/>.</summary>
    internal static IDisposable Begin(GeneratedSiteScope scope)
    {
        if (t_scope is not null)
        {
            throw new InvalidOperationException("A generated-site scope is already open on this thread.");
        }

        t_scope = scope;
        return new End();
    }

    public static CallSite<TDelegate> ForGeneratedCode<TDelegate>(RuntimeMethodHandle method, RuntimeTypeHandle declaringType, RuntimeMethodHandle caller, RuntimeTypeHandle callerType, int ilOffset, string? callerName, Action<TDelegate?>? storeTarget)
        where TDelegate : Delegate
    {
        var scope = t_scope ?? throw new InvalidOperationException("A generated holder was initialised outside a GeneratedSites scope.");
        var callee = (MethodInfo)MethodBase.GetMethodFromHandle(method, declaringType)!;
        var callerMethod = MethodBase.GetMethodFromHandle(caller, callerType)!;
        var origin = callerName is null ? null : new SiteOrigin(callerMethod.Module.Assembly.GetName().Name!, callerMethod.Module.ModuleVersionId, callerName, ilOffset);
        var key = string.Create(CultureInfo.InvariantCulture, $"{callerMethod.DeclaringType?.FullName}::{callerMethod.Name}@IL_{ilOffset:X4}");
        var site = new CallSite<TDelegate>(callee, key, scope.NextOptions(), scope.Patcher, origin, bakedTypes: null, storeTarget);
        scope.Created.Add(new GeneratedSite(site, callee, callerMethod));
        return site;
    }

    private sealed class End : IDisposable
    {
        public void Dispose() => t_scope = null;
    }
}
