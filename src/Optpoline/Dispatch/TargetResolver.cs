using System.Linq.Expressions;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Optpoline.Dispatch;

/// <summary>
/// Finds the method a virtual, interface or generic-virtual call really reaches for one exact
/// receiver type, by asking the runtime rather than re-implementing its rules.
/// </summary>
/// <remarks>
/// The runtime's own virtual resolution runs when a closed delegate is bound to a virtual method:
/// <see cref="Delegate.CreateDelegate(Type, object, MethodInfo, bool)"/> looks the method up
/// in the receiver's method table (vtable slot, interface map, default interface method, generic
/// virtual instantiation, covariant-return method impl, <c>new</c> slot), and
/// <see cref="Delegate.Method"/> then names what it found. We bind to an uninitialised instance of
/// the receiver type, whose state the lookup never reads; its finalizer is suppressed so no user
/// code ever runs on it. Reflection-based re-implementations of these rules get covariant returns
/// and method impls wrong (<c>GetBaseDefinition</c> follows slot numbers, not method impls), which
/// is why this one does not try.
/// Types whose dispatch the runtime decides per object (arrays' runtime-provided interfaces,
/// <see cref="IDynamicInterfaceCastable"/>, COM objects) are refused: a type guard cannot stand for them.
/// </remarks>
internal static class TargetResolver
{
    public static ResolvedTarget? Resolve(MethodInfo method, Type receiver, out string? refusal)
    {
        refusal = Refuse(method, receiver);
        if (refusal is not null)
        {
            return null;
        }

        var delegateType = DelegateTypeWithoutReceiver(method);
        if (delegateType is null)
        {
            refusal = "the method's signature cannot be bound to a delegate";
            return null;
        }

        object instance;
        try
        {
            instance = RuntimeHelpers.GetUninitializedObject(receiver);
            GC.SuppressFinalize(instance);
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException or MemberAccessException or TypeLoadException)
        {
            refusal = "the receiver type cannot be instantiated for resolution";
            return null;
        }

        var bound = Delegate.CreateDelegate(delegateType, instance, method, throwOnBindFailure: false);
        if (bound?.Method is not { DeclaringType: { } declaring } implementation || implementation.IsAbstract || implementation.IsStatic)
        {
            refusal = "the runtime did not bind the call to a concrete method";
            return null;
        }

        if (implementation.IsGenericMethodDefinition || declaring.ContainsGenericParameters)
        {
            refusal = "the runtime returned an open generic implementation";
            return null;
        }

        var unbox = declaring.IsValueType;
        if (unbox && declaring != receiver)
        {
            refusal = "the implementation is declared on another value type";
            return null;
        }

        return new ResolvedTarget(receiver, implementation, unbox);
    }

    private static string? Refuse(MethodInfo method, Type receiver)
    {
        if (receiver.IsArray || receiver.IsPointer || receiver.IsByRef || receiver.ContainsGenericParameters || receiver.IsAbstract)
        {
            return "arrays and open or abstract types get no slot";
        }

        if (receiver.IsCOMObject || typeof(IDynamicInterfaceCastable).IsAssignableFrom(receiver))
        {
            return "the runtime decides this type's dispatch per object";
        }

        if (method.DeclaringType is not { } declaring || !declaring.IsAssignableFrom(receiver))
        {
            return "the receiver does not implement the method's type";
        }

        if (declaring.IsInterface && !Implements(receiver, declaring))
        {
            // Reached only through variance: the runtime's variant lookup order is subtle, so leave it alone.
            return "the receiver reaches the interface only through variance";
        }

        return null;
    }

    private static bool Implements(Type receiver, Type @interface) => Array.IndexOf(receiver.GetInterfaces(), @interface) >= 0;

    private static Type? DelegateTypeWithoutReceiver(MethodInfo method)
    {
        try
        {
            var parameters = method.GetParameters();
            var types = new Type[parameters.Length + 1];
            for (var i = 0; i < parameters.Length; i++)
            {
                types[i] = parameters[i].ParameterType;
            }

            types[^1] = method.ReturnType;
            return Expression.GetDelegateType(types);
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException or TypeLoadException)
        {
            return null;
        }
    }
}
