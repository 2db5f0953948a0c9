using System.Reflection;
using System.Reflection.Emit;

namespace Optpoline.Tests.Differential;

/// <summary>Methods: attributes and method impls per <see cref="MemberKind"/>, and the common body.</summary>
internal sealed partial class HierarchyEmitter
{
    private static readonly MethodInfo s_run = typeof(ImplementationBody).GetMethod(nameof(ImplementationBody.Run))!;
    private static readonly MethodInfo s_hash = typeof(ImplementationBody).GetMethod(nameof(ImplementationBody.Hash))!;
    private static readonly MethodInfo s_typeFromHandle = typeof(Type).GetMethod(nameof(Type.GetTypeFromHandle), [typeof(RuntimeTypeHandle)])!;

    private const MethodAttributes PublicVirtual = MethodAttributes.Public | MethodAttributes.Virtual | MethodAttributes.HideBySig;
    private const MethodAttributes PrivateFinal = MethodAttributes.Private | MethodAttributes.Virtual | MethodAttributes.HideBySig | MethodAttributes.Final;

    private void DefineMember(TypeSpec owner, MemberSpec member)
    {
        var builder = _builders[owner];
        var attributes = member.Kind switch
        {
            MemberKind.Virtual or MemberKind.NewSlot or MemberKind.Covariant or MemberKind.InterfaceDefault => PublicVirtual | MethodAttributes.NewSlot,
            MemberKind.Abstract or MemberKind.InterfaceAbstract => PublicVirtual | MethodAttributes.NewSlot | MethodAttributes.Abstract,
            MemberKind.Override => PublicVirtual,
            MemberKind.SealedOverride => PublicVirtual | MethodAttributes.Final,
            MemberKind.ImplicitImpl => PublicVirtual | MethodAttributes.NewSlot | (member.IsFinal ? MethodAttributes.Final : 0),
            MemberKind.ExplicitImpl => PrivateFinal | MethodAttributes.NewSlot,
            _ => PrivateFinal,
        };

        var method = builder.DefineMethod(member.MethodName, attributes, CallingConventions.HasThis);
        var slot = member.Slot;
        var methodParameter = slot.IsGeneric ? method.DefineGenericParameters("U")[0] : null;
        method.SetReturnType(ReturnType(slot.Returns));
        method.SetParameters(slot.Args switch
        {
            ArgShape.Int => [typeof(int)],
            ArgShape.String => [typeof(string)],
            ArgShape.IntString => [typeof(int), typeof(string)],
            _ => Type.EmptyTypes,
        });
        var position = 1;
        if (slot.Args is ArgShape.Int or ArgShape.IntString)
        {
            method.DefineParameter(position++, ParameterAttributes.None, "a");
        }

        if (slot.Args is ArgShape.String or ArgShape.IntString)
        {
            method.DefineParameter(position, ParameterAttributes.None, "s");
        }

        switch (member.Kind)
        {
            case MemberKind.Covariant:
                // [PreserveBaseOverrides] public new virtual Result1 M() with .override Base::M, as C# 9 emits `override Result1 M()`.
                method.SetCustomAttribute(new CustomAttributeBuilder(s_preserveBaseOverrides, []));
                builder.DefineMethodOverride(method, MethodOn(AncestorType(owner, member.Base!.Owner), _declarations[member.Base]));
                break;
            case MemberKind.ExplicitImpl or MemberKind.InterfaceOverride:
                builder.DefineMethodOverride(method, MethodOn(InterfaceType(owner, member.Interface!), _declarations[slot]));
                break;
        }

        if (member.Kind is not (MemberKind.Override or MemberKind.SealedOverride or MemberKind.ExplicitImpl or MemberKind.InterfaceOverride))
        {
            _declarations[slot] = method;
        }

        if (member.HasBody)
        {
            EmitBody(owner, method, member, methodParameter);
        }
    }

    private static Type ReturnType(ReturnShape returns) => returns switch
    {
        ReturnShape.String => typeof(string),
        ReturnShape.Int => typeof(int),
        ReturnShape.Result0 => typeof(Result0),
        ReturnShape.Result1 => typeof(Result1),
        _ => typeof(Result2),
    };

    private void EmitBody(TypeSpec owner, MethodBuilder method, MemberSpec member, Type? methodParameter)
    {
        var il = method.GetILGenerator();
        var args = member.Slot.Args;

        // var text = ImplementationBody.Run("Id", typeof(T) or null, typeof(U) or null, ++this._counter or 0, a or 0, s or null, throws, Log.Entries or null);
        il.Emit(OpCodes.Ldstr, member.Id);
        EmitTypeOf(il, owner.IsGeneric ? _parameters[owner] : null);
        EmitTypeOf(il, methodParameter);
        if (member.Counts)
        {
            // this._counter = this._counter + 1; then load it. For a struct, `this` points into the box.
            var counter = CounterOf(owner);
            il.Emit(OpCodes.Ldarg_0);
            il.Emit(OpCodes.Ldarg_0);
            il.Emit(OpCodes.Ldfld, counter);
            il.Emit(OpCodes.Ldc_I4_1);
            il.Emit(OpCodes.Add);
            il.Emit(OpCodes.Stfld, counter);
            il.Emit(OpCodes.Ldarg_0);
            il.Emit(OpCodes.Ldfld, counter);
        }
        else
        {
            il.Emit(OpCodes.Ldc_I4_0);
        }

        il.Emit(args is ArgShape.Int or ArgShape.IntString ? OpCodes.Ldarg_1 : OpCodes.Ldc_I4_0);
        il.Emit(args switch
        {
            ArgShape.String => OpCodes.Ldarg_1,
            ArgShape.IntString => OpCodes.Ldarg_2,
            _ => OpCodes.Ldnull,
        });
        il.Emit(OpCodes.Ldc_I4, member.Throws);
        if (member.Logs)
        {
            il.Emit(OpCodes.Ldsfld, _logEntries);
        }
        else
        {
            il.Emit(OpCodes.Ldnull);
        }

        il.Emit(OpCodes.Call, s_run);

        // return text; or ImplementationBody.Hash(text); or new ResultN(text);
        switch (member.Slot.Returns)
        {
            case ReturnShape.Int:
                il.Emit(OpCodes.Call, s_hash);
                break;
            case ReturnShape.Result0 or ReturnShape.Result1 or ReturnShape.Result2:
                il.Emit(OpCodes.Newobj, ReturnType(member.Slot.Returns).GetConstructor([typeof(string)])!);
                break;
        }

        il.Emit(OpCodes.Ret);
    }

    private static void EmitTypeOf(ILGenerator il, Type? type)
    {
        if (type is null)
        {
            il.Emit(OpCodes.Ldnull);
            return;
        }

        il.Emit(OpCodes.Ldtoken, type);
        il.Emit(OpCodes.Call, s_typeFromHandle);
    }
}
