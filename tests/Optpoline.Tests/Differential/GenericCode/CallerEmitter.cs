using System.Reflection;
using System.Reflection.Emit;

namespace Optpoline.Tests.Differential.GenericCode;

/// <summary>
/// Emits, for every <see cref="GenericCallForm"/> of a hierarchy, the generic caller and its holder as
/// the rewriter weaves them (docs/rewriter.md, "Calls in generic code"), into a collectible assembly of
/// their own:
/// <code>
/// public static class Caller3&lt;T&gt;
/// {
///     public static object Call&lt;V&gt;(object receiver, int a, string s)
///     {
///         var r = (I0&lt;T&gt;)receiver;
///         var d = Holder3&lt;T, V&gt;.Target;
///         return d is null ? r.M(a, s) : d(r, a, s);
///     }
///
///     public static object Plain&lt;V&gt;(object receiver, int a, string s) => ((I0&lt;T&gt;)receiver).M(a, s);
/// }
///
/// public static class Holder3&lt;T, V&gt;     // generic over the caller's parameters: its type's, then its method's
/// {
///     public static readonly CallSite&lt;Func&lt;I0&lt;T&gt;, int, string, string&gt;&gt; Site =
///         GeneratedSites.ForGeneratedCode(methodof(I0&lt;T&gt;.M), typeof(I0&lt;T&gt;),
///                                         methodof(Caller3&lt;T&gt;.Call&lt;V&gt;), typeof(Caller3&lt;T&gt;), ..., new Action&lt;...&gt;(Store));
///     public static Func&lt;I0&lt;T&gt;, int, string, string&gt; Target;
///     private static void Store(Func&lt;I0&lt;T&gt;, int, string, string&gt; target) => Volatile.Write(ref Target, target);
/// }
/// </code>
/// </summary>
internal sealed partial class CallerEmitter
{
    private readonly ModuleBuilder _module;
    private readonly string _namespace;

    private CallerEmitter(EmittedHierarchy hierarchy)
    {
        var name = new AssemblyName($"OptpolineGenericCallers_{hierarchy.Spec.BaseSeed}_{hierarchy.Spec.Index}");
        _module = AssemblyBuilder.DefineDynamicAssembly(name, AssemblyBuilderAccess.RunAndCollect).DefineDynamicModule(name.Name!);
        _namespace = $"G{hierarchy.Spec.Index}";
    }

    /// <summary>The emitted instantiations of each form, in the order of <paramref name="forms"/>.</summary>
    public static List<List<EmittedCall>> Emit(EmittedHierarchy hierarchy, IReadOnlyList<GenericCallForm> forms)
    {
        var emitter = new CallerEmitter(hierarchy);
        var defined = forms.Select(emitter.Define).ToList();
        var created = defined.Select(d => (Caller: d.Caller.CreateType(), Holder: d.Holder.CreateType())).ToList();
        return [.. forms.Zip(created, (form, types) => form.Instantiations.Select(i => Bind(form, i, types.Caller, types.Holder)).ToList())];
    }

    /// <summary>The instantiation's caller methods as delegates, and its holder.</summary>
    private static EmittedCall Bind(GenericCallForm form, GenericCallInstantiation instantiation, Type caller, Type holder)
    {
        var onType = form.Parameters.Select((p, i) => (p, i)).Where(x => x.p.OnType).Select(x => instantiation.Arguments[x.i]).ToArray();
        var onMethod = form.Parameters.Select((p, i) => (p, i)).Where(x => !x.p.OnType).Select(x => instantiation.Arguments[x.i]).ToArray();
        var closedCaller = onType.Length == 0 ? caller : caller.MakeGenericType(onType);
        MethodInfo Method(string name)
        {
            var method = closedCaller.GetMethod(name, BindingFlags.Public | BindingFlags.Static)!;
            return onMethod.Length == 0 ? method : method.MakeGenericMethod(onMethod);
        }

        var plain = Method("Plain").CreateDelegate<Func<object?, int, string?, object?>>();
        return new EmittedCall(instantiation, Method("Call"), plain, holder.MakeGenericType([.. instantiation.Arguments]));
    }

    private (TypeBuilder Caller, TypeBuilder Holder) Define(GenericCallForm form)
    {
        var names = form.Parameters.Select(p => p.Name).ToArray();
        var onType = names.Where((_, i) => form.Parameters[i].OnType).ToArray();
        var onMethod = names.Where((_, i) => !form.Parameters[i].OnType).ToArray();

        var caller = _module.DefineType($"{_namespace}.Caller{form.Number}", TypeAttributes.Public | TypeAttributes.Abstract | TypeAttributes.Sealed | TypeAttributes.Class);
        var callerTypeParameters = onType.Length == 0 ? [] : caller.DefineGenericParameters(onType);
        var call = DefineCallerMethod(caller, "Call", onMethod, out var callParameters);
        var plain = DefineCallerMethod(caller, "Plain", onMethod, out var plainParameters);

        var holder = _module.DefineType(
            $"{_namespace}.Holder{form.Number}",
            TypeAttributes.Public | TypeAttributes.Abstract | TypeAttributes.Sealed | TypeAttributes.Class | TypeAttributes.BeforeFieldInit);
        var holderParameters = holder.DefineGenericParameters(names);

        // In the holder every parameter is its own; in a caller method, the type's then the method's.
        var inHolder = new GenericContext(form, [.. holderParameters]);
        var holderFields = DefineHolder(form, holder, inHolder, caller, call);

        EmitCall(call, form, new GenericContext(form, [.. callerTypeParameters, .. callParameters]), holder, holderFields);
        EmitPlain(plain, new GenericContext(form, [.. callerTypeParameters, .. plainParameters]));
        return (caller, holder);
    }

    private static MethodBuilder DefineCallerMethod(TypeBuilder caller, string name, string[] genericNames, out GenericTypeParameterBuilder[] parameters)
    {
        var method = caller.DefineMethod(name, MethodAttributes.Public | MethodAttributes.Static | MethodAttributes.HideBySig);
        parameters = genericNames.Length == 0 ? [] : method.DefineGenericParameters(genericNames);
        method.SetReturnType(typeof(object));
        method.SetParameters(typeof(object), typeof(int), typeof(string));
        method.DefineParameter(1, ParameterAttributes.None, "receiver");
        method.DefineParameter(2, ParameterAttributes.None, "a");
        method.DefineParameter(3, ParameterAttributes.None, "s");
        return method;
    }

    private static void EmitPlain(MethodBuilder plain, GenericContext context)
    {
        var il = plain.GetILGenerator();

        // return (object)((D<T>)receiver).M<U>(args);
        il.Emit(OpCodes.Ldarg_0);
        il.Emit(OpCodes.Castclass, context.Declaring);
        EmitArguments(il, context.Form.Slot.Args);
        il.Emit(OpCodes.Callvirt, context.Callee);
        EmitBoxedReturn(il, context.Form.Method.ReturnType);
    }

    private static void EmitCall(MethodBuilder call, GenericCallForm form, GenericContext context, TypeBuilder holder, HolderFields fields)
    {
        var il = call.GetILGenerator();
        var receiver = il.DeclareLocal(context.Declaring);
        var target = il.DeclareLocal(context.Delegate);
        var promoted = il.DefineLabel();

        // var r = (D<T>)receiver;
        il.Emit(OpCodes.Ldarg_0);
        il.Emit(OpCodes.Castclass, context.Declaring);
        il.Emit(OpCodes.Stloc, receiver);

        // var d = Holder<T, ...>.Target;   (the caller's parameters, in the holder's order)
        var holderInCaller = holder.MakeGenericType([.. context.Parameters]);
        il.Emit(OpCodes.Ldsfld, TypeBuilder.GetField(holderInCaller, fields.Target));
        il.Emit(OpCodes.Stloc, target);

        // if (d is null) return (object)r.M<U>(args);
        il.Emit(OpCodes.Ldloc, target);
        il.Emit(OpCodes.Brtrue, promoted);
        il.Emit(OpCodes.Ldloc, receiver);
        EmitArguments(il, form.Slot.Args);
        il.Emit(OpCodes.Callvirt, context.Callee);
        EmitBoxedReturn(il, form.Method.ReturnType);

        // return (object)d(r, args);
        il.MarkLabel(promoted);
        il.Emit(OpCodes.Ldloc, target);
        il.Emit(OpCodes.Ldloc, receiver);
        EmitArguments(il, form.Slot.Args);
        il.Emit(OpCodes.Callvirt, context.Invoke);
        EmitBoxedReturn(il, form.Method.ReturnType);
    }

    private static void EmitArguments(ILGenerator il, ArgShape args)
    {
        if (args is ArgShape.Int or ArgShape.IntString)
        {
            il.Emit(OpCodes.Ldarg_1);
        }

        if (args is ArgShape.String or ArgShape.IntString)
        {
            il.Emit(OpCodes.Ldarg_2);
        }
    }

    private static void EmitBoxedReturn(ILGenerator il, Type returns)
    {
        if (returns.IsValueType)
        {
            il.Emit(OpCodes.Box, returns);
        }

        il.Emit(OpCodes.Ret);
    }
}
