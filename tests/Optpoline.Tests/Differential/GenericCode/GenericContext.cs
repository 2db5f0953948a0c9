using System.Reflection;
using System.Reflection.Emit;

namespace Optpoline.Tests.Differential.GenericCode;

/// <summary>
/// A form's callee, its declaring type and its site's delegate type, as one generic context names them
/// (the holder through its own parameters, a caller method through its type's and its own): the same
/// call, written over whatever parameters stand for the caller's <c>T</c>, <c>U</c> and <c>V</c>.
/// </summary>
internal sealed class GenericContext
{
    public GenericContext(GenericCallForm form, Type[] parameters)
    {
        Form = form;
        Parameters = parameters;
        Declaring = form.TypeArgumentIsParameter ? form.Declaring.MakeGenericType(Of(CallerRole.CalleeType)) : form.Declaring;
        var callee = form.TypeArgumentIsParameter ? TypeBuilder.GetMethod(Declaring, form.Method) : form.Method;
        Callee = form.Method.IsGenericMethodDefinition
            ? callee.MakeGenericMethod(form.MethodArgumentIsParameter ? Of(CallerRole.CalleeMethod) : form.ClosedMethodArgument!)
            : callee;

        Type[] arguments = form.Slot.Args switch
        {
            ArgShape.Int => [typeof(int)],
            ArgShape.String => [typeof(string)],
            ArgShape.IntString => [typeof(int), typeof(string)],
            _ => [],
        };
        var func = arguments.Length switch
        {
            0 => typeof(Func<,>),
            1 => typeof(Func<,,>),
            _ => typeof(Func<,,,>),
        };
        Delegate = func.MakeGenericType([Declaring, .. arguments, form.Method.ReturnType]);
        Invoke = MethodOn(Delegate, func.GetMethod("Invoke")!);
    }

    public GenericCallForm Form { get; }

    /// <summary>The context's stand-ins for the caller's parameters, in the holder's order.</summary>
    public Type[] Parameters { get; }

    /// <summary><c>D&lt;T&gt;</c>: the callee's declaring type, and the site's receiver type.</summary>
    public Type Declaring { get; }

    /// <summary><c>D&lt;T&gt;.M&lt;U&gt;</c>.</summary>
    public MethodInfo Callee { get; }

    /// <summary><c>Func&lt;D&lt;T&gt;, args..., R&gt;</c>: the site's delegate type.</summary>
    public Type Delegate { get; }

    public MethodInfo Invoke { get; }

    /// <summary>The stand-in for the parameter with <paramref name="role"/>.</summary>
    public Type Of(CallerRole role) => Parameters[Form.Parameters.ToList().FindIndex(p => p.Role == role)];

    /// <summary>A member of a generic type's definition, on <paramref name="constructed"/> (built over parameters being emitted, or not).</summary>
    public static MethodInfo MethodOn(Type constructed, MethodInfo onDefinition) =>
        IsRuntime(constructed) ? (MethodInfo)MethodBase.GetMethodFromHandle(onDefinition.MethodHandle, constructed.TypeHandle)! : TypeBuilder.GetMethod(constructed, onDefinition);

    public static ConstructorInfo ConstructorOn(Type constructed, ConstructorInfo onDefinition) =>
        IsRuntime(constructed) ? (ConstructorInfo)MethodBase.GetMethodFromHandle(onDefinition.MethodHandle, constructed.TypeHandle)! : TypeBuilder.GetConstructor(constructed, onDefinition);

    /// <summary>A loaded type (rather than one that names a type or parameter still being emitted).</summary>
    private static bool IsRuntime(Type type) => type.GetType() == typeof(object).GetType();
}
