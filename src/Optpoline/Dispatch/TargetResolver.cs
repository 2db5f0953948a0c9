using System.Linq.Expressions;
using System.Reflection;
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
/// <see cref="Delegate.Method"/> then names what it found. Binding runs no code of the object's and
/// changes nothing in it. The object is a receiver the program itself passed to the site (a
/// <see cref="Learning.Specimens">specimen</see>): resolution never makes an object, because an
/// instance the program did not construct is not safe to have around (the runtime finalizes weak
/// references itself, during a collection and whatever the suppress bit says, and destroys the handle
/// a never-constructed one does not have). Reflection-based re-implementations of these rules get
/// covariant returns and method impls wrong (<c>GetBaseDefinition</c> follows slot numbers, not
/// method impls), which is why this one does not try.
/// Types whose dispatch the runtime decides per object (arrays' runtime-provided interfaces,
/// <see cref="IDynamicInterfaceCastable"/>, COM objects) are refused: a type guard cannot stand for them.
/// </remarks>
internal static class TargetResolver
{
    /// <summary>What a call to <paramref name="method"/> on <paramref name="receiver"/> reaches, or null (with the reason) when no guard on its type can stand for the call.</summary>
    public static ResolvedTarget? Resolve(MethodInfo method, object receiver, out string? refusal)
    {
        var type = receiver.GetType();
        refusal = Refuse(method, type);
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

        var bound = Delegate.CreateDelegate(delegateType, receiver, method, throwOnBindFailure: false);
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
        if (unbox && declaring != type)
        {
            refusal = "the implementation is declared on another value type";
            return null;
        }

        return new ResolvedTarget(type, implementation, unbox);
    }

    /// <summary>Why no guard on <paramref name="receiver"/> can stand for a call to <paramref name="method"/>; null when one may.</summary>
    public static string? Refuse(MethodInfo method, Type receiver)
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
