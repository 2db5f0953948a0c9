using System.Reflection;
using Optpoline.Dispatch;
using Optpoline.Patching;

namespace Optpoline.Tests.Differential;

/// <summary>
/// Calls one site's method, with its exact delegate type, in three ways: the test's plain virtual
/// call, the library's <see cref="CallSite{TDelegate}"/> (through <c>Invoke</c> or the shim form), and
/// directly to a resolved target. Each argument shape has a small generic subclass so that every call
/// is a typed delegate call, as in real code.
/// </summary>
internal abstract class SiteDriver
{
    public abstract CallSite Site { get; }

    /// <summary>The site's <c>Target</c>: null while the caller should make the plain call.</summary>
    public abstract Delegate? Target { get; }

    public static SiteDriver Create(MethodInfo method, Patcher patcher, SiteOptions options, IReadOnlyList<ResolvedTarget> direct)
    {
        var parameters = method.GetParameters();
        var definition = parameters.Length == 0 ? typeof(NoArgDriver<,>)
            : parameters.Length == 2 ? typeof(IntStringArgDriver<,>)
            : parameters[0].ParameterType == typeof(int) ? typeof(IntArgDriver<,>)
            : typeof(StringArgDriver<,>);
        var type = definition.MakeGenericType(method.DeclaringType!, method.ReturnType);
        return (SiteDriver)Activator.CreateInstance(type, BindingFlags.Public | BindingFlags.Instance | BindingFlags.DoNotWrapExceptions, null, [method, patcher, options, direct], null)!;
    }

    /// <summary>The plain virtual call.</summary>
    public abstract object? CallPlain(object? receiver, int a, string? s);

    /// <summary><c>site.Invoke(receiver, ...)</c>, or with <paramref name="shim"/> <c>var d = site.Target; d is null ? plain(...) : d(...)</c>.</summary>
    public abstract object? CallSite(object? receiver, int a, string? s, bool shim);

    /// <summary>A non-virtual call to the <paramref name="target"/>-th resolved target.</summary>
    public abstract object? CallDirect(int target, object? receiver, int a, string? s);
}
