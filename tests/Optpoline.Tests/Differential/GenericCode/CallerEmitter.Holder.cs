using System.Globalization;
using System.Reflection;
using System.Reflection.Emit;

namespace Optpoline.Tests.Differential.GenericCode;

/// <summary>The holder: its fields, its store method, and the static constructor that makes its instantiation's site.</summary>
internal sealed partial class CallerEmitter
{
    private static readonly MethodInfo s_forGeneratedCode = typeof(GeneratedSites).GetMethod(nameof(GeneratedSites.ForGeneratedCode))!;
    private static readonly ConstructorInfo s_actionConstructor = typeof(Action<>).GetConstructors().Single();

    private static HolderFields DefineHolder(GenericCallForm form, TypeBuilder holder, GenericContext context, TypeBuilder caller, MethodBuilder call)
    {
        var site = holder.DefineField("Site", typeof(CallSite<>).MakeGenericType(context.Delegate), FieldAttributes.Public | FieldAttributes.Static | FieldAttributes.InitOnly);
        var target = holder.DefineField("Target", context.Delegate, FieldAttributes.Public | FieldAttributes.Static);

        // Inside the holder its own members are named through Holder<T, U, V> over its own parameters.
        var self = holder.MakeGenericType(context.Parameters);

        // private static void Store(TDelegate target) => Volatile.Write(ref Target, target);
        var store = holder.DefineMethod("Store", MethodAttributes.Private | MethodAttributes.Static | MethodAttributes.HideBySig, typeof(void), [context.Delegate]);
        var storeIl = store.GetILGenerator();
        storeIl.Emit(OpCodes.Ldarg_0);
        storeIl.Emit(OpCodes.Volatile);
        storeIl.Emit(OpCodes.Stsfld, TypeBuilder.GetField(self, target));
        storeIl.Emit(OpCodes.Ret);

        // The caller as the holder names it: Caller<T>.Call<U> over the holder's parameters, so that each
        // holder instantiation's ldtoken names its own caller instantiation.
        var typeLevel = form.Parameters.Count(p => p.OnType);
        Type callerInHolder = typeLevel == 0 ? caller : caller.MakeGenericType(context.Parameters[..typeLevel]);
        var callInHolder = typeLevel == 0 ? call : TypeBuilder.GetMethod(callerInHolder, call);
        if (typeLevel < context.Parameters.Length)
        {
            callInHolder = callInHolder.MakeGenericMethod(context.Parameters[typeLevel..]);
        }

        // static Holder() => Site = GeneratedSites.ForGeneratedCode<TDelegate>(methodof(D<T>.M<U>), typeof(D<T>),
        //     methodof(Caller<T>.Call<U>), typeof(Caller<T>), ilOffset, callerName, new Action<TDelegate>(Store));
        var il = holder.DefineTypeInitializer().GetILGenerator();
        il.Emit(OpCodes.Ldtoken, context.Callee);
        il.Emit(OpCodes.Ldtoken, context.Declaring);
        il.Emit(OpCodes.Ldtoken, callInHolder);
        il.Emit(OpCodes.Ldtoken, callerInHolder);
        il.Emit(OpCodes.Ldc_I4, ILOffset(form));
        il.Emit(OpCodes.Ldstr, string.Create(CultureInfo.InvariantCulture, $"System.Object {caller.FullName}::Call(System.Object,System.Int32,System.String)"));
        il.Emit(OpCodes.Ldnull);
        il.Emit(OpCodes.Ldftn, TypeBuilder.GetMethod(self, store));
        il.Emit(OpCodes.Newobj, GenericContext.ConstructorOn(typeof(Action<>).MakeGenericType(context.Delegate), s_actionConstructor));
        il.Emit(OpCodes.Call, s_forGeneratedCode.MakeGenericMethod(context.Delegate));
        il.Emit(OpCodes.Stsfld, TypeBuilder.GetField(self, site));
        il.Emit(OpCodes.Ret);
        return new HolderFields(site, target);
    }

    /// <summary>Where the call would be in its caller's IL: any stable number does.</summary>
    private static int ILOffset(GenericCallForm form) => 0x10 + (form.Number * 0x20);
}
