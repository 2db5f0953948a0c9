using System.Reflection;
using System.Runtime.InteropServices;
using Optpoline.Learning;

namespace Optpoline.Dispatch;

/// <summary>
/// The delegate counterpart of <see cref="TargetResolver"/>: decides whether the delegates behind a
/// <see cref="DelegateKey"/> can be called directly from a slot, and how.
/// </summary>
/// <remarks>
/// The runtime has already resolved the method when the delegate was made (<c>ldvirtftn</c> binds the
/// override, <see cref="Delegate.Method"/> names it), so what is left is the shape: closed over an
/// instance (a value type's method unboxes the target in place, so mutations reach the box, as the
/// delegate's unboxing stub does), closed over a static method's first argument, or open static.
/// Open-instance delegates, runtime-implemented methods (another delegate's <c>Invoke</c>), varargs,
/// <see cref="Nullable{T}"/> and COM targets, and signatures that differ from the site's other than
/// by reference-type variance are refused: those delegates keep making the plain call.
/// </remarks>
internal static class DelegateTargetResolver
{
    public static DelegateTarget? Resolve(MethodInfo invoke, DelegateKey key, out string? refusal)
    {
        refusal = key.Refusal ?? Refuse(key);
        if (refusal is not null)
        {
            return null;
        }

        var method = key.Method!;
        var parameters = method.GetParameters();
        var arguments = invoke.GetParameters();
        DelegateShape shape;
        if (method.IsStatic)
        {
            shape = parameters.Length == arguments.Length + 1 ? DelegateShape.ClosedStatic : DelegateShape.OpenStatic;
        }
        else if (parameters.Length == arguments.Length)
        {
            shape = DelegateShape.ClosedInstance;
        }
        else
        {
            refusal = "an open-instance delegate";
            return null;
        }

        var first = shape == DelegateShape.ClosedStatic ? 1 : 0;
        if (parameters.Length - first != arguments.Length)
        {
            refusal = "the method takes other arguments than the delegate";
            return null;
        }

        if (shape == DelegateShape.ClosedStatic && !IsObjectReference(parameters[0].ParameterType))
        {
            refusal = "a closed static delegate whose first parameter is not an object reference";
            return null;
        }

        for (var i = 0; i < arguments.Length; i++)
        {
            if (!Accepts(parameters[i + first].ParameterType, arguments[i].ParameterType))
            {
                refusal = $"parameter {i + 1} of the method does not take the delegate's {arguments[i].ParameterType.Name} as it is";
                return null;
            }
        }

        if (!Accepts(invoke.ReturnType, method.ReturnType))
        {
            refusal = "the method's return type is not the delegate's, nor a reference type assignable to it";
            return null;
        }

        var unbox = shape == DelegateShape.ClosedInstance && method.DeclaringType!.IsValueType;
        if (unbox && key.ObservedTargetType != method.DeclaringType)
        {
            refusal = "the target is not a box of the method's value type";
            return null;
        }

        return new DelegateTarget(key, shape, method, unbox);
    }

    private static string? Refuse(DelegateKey key)
    {
        if (key.Conflicted)
        {
            return "delegates with these code pointers ran different methods";
        }

        var method = key.Method!;
        if (method.IsAbstract || method.ContainsGenericParameters)
        {
            return "the delegate names an abstract or open generic method";
        }

        if ((method.MethodImplementationFlags & MethodImplAttributes.Runtime) != 0)
        {
            return "a runtime-implemented method (another delegate's Invoke, a wrapper)";
        }

        if ((method.CallingConvention & CallingConventions.VarArgs) != 0)
        {
            return "a varargs method";
        }

        if (Nullable.GetUnderlyingType(method.DeclaringType!) is not null)
        {
            return "a method of Nullable<T>";
        }

        if (key.HasTargetType && key.TargetType is null)
        {
            return "closed over a null instance";
        }

        if (!method.IsStatic && key.ObservedTargetType is { } target && (target.IsCOMObject || typeof(IDynamicInterfaceCastable).IsAssignableFrom(target)))
        {
            return "the target's dispatch is decided per object";
        }

        return null;
    }

    /// <summary>Whether a <paramref name="to"/> location takes a <paramref name="from"/> value with no conversion in IL.</summary>
    private static bool Accepts(Type to, Type from) =>
        to == from || (IsObjectReference(to) && IsObjectReference(from) && to.IsAssignableFrom(from));

    private static bool IsObjectReference(Type type) =>
        !type.IsValueType && !type.IsByRef && !type.IsPointer && !type.IsFunctionPointer && !type.IsGenericParameter;
}
