using System.Reflection;
using System.Reflection.Emit;

namespace Optpoline.Dispatch;

/// <summary>Small IL helpers that pick the short opcode forms.</summary>
internal static class ILGeneratorExtensions
{
    public static void EmitLdarg(this ILGenerator il, int index)
    {
        switch (index)
        {
            case 0: il.Emit(OpCodes.Ldarg_0); break;
            case 1: il.Emit(OpCodes.Ldarg_1); break;
            case 2: il.Emit(OpCodes.Ldarg_2); break;
            case 3: il.Emit(OpCodes.Ldarg_3); break;
            case <= byte.MaxValue: il.Emit(OpCodes.Ldarg_S, (byte)index); break;
            default: il.Emit(OpCodes.Ldarg, (short)index); break;
        }
    }

    public static void EmitLdcI4(this ILGenerator il, int value)
    {
        if (value is >= -1 and <= 8)
        {
            il.Emit(value switch
            {
                -1 => OpCodes.Ldc_I4_M1,
                0 => OpCodes.Ldc_I4_0,
                1 => OpCodes.Ldc_I4_1,
                2 => OpCodes.Ldc_I4_2,
                3 => OpCodes.Ldc_I4_3,
                4 => OpCodes.Ldc_I4_4,
                5 => OpCodes.Ldc_I4_5,
                6 => OpCodes.Ldc_I4_6,
                7 => OpCodes.Ldc_I4_7,
                _ => OpCodes.Ldc_I4_8,
            });
        }
        else if (value is >= sbyte.MinValue and <= sbyte.MaxValue)
        {
            il.Emit(OpCodes.Ldc_I4_S, (sbyte)value);
        }
        else
        {
            il.Emit(OpCodes.Ldc_I4, value);
        }
    }

    /// <summary>Loads arguments <paramref name="first"/> to <paramref name="last"/> inclusive.</summary>
    public static void EmitLdargs(this ILGenerator il, int first, int last)
    {
        for (var i = first; i <= last; i++)
        {
            il.EmitLdarg(i);
        }
    }

    /// <summary><c>receiver.GetType() == typeof(type)</c>: the JIT folds this into one method-table compare.</summary>
    public static void EmitExactTypeTest(this ILGenerator il, int receiverArgument, Type type)
    {
        il.EmitLdarg(receiverArgument);
        il.Emit(OpCodes.Call, ReflectionInfo.ObjectGetType);
        il.Emit(OpCodes.Ldtoken, type);
        il.Emit(OpCodes.Call, ReflectionInfo.TypeGetTypeFromHandle);
        il.Emit(OpCodes.Call, ReflectionInfo.TypeEquality);
    }

    public static void EmitCall(this ILGenerator il, MethodInfo method, bool virtualCall) =>
        il.Emit(virtualCall ? OpCodes.Callvirt : OpCodes.Call, method);
}
