using System.Reflection;
using System.Reflection.Emit;

namespace Optpoline.Dispatch;

/// <summary>
/// Reads a method's IL for the one thing <see cref="InlineEstimate"/> needs beyond its size: whether
/// it makes an indirect call of its own (a virtual or interface <c>callvirt</c>, a delegate's
/// <c>Invoke</c>, or <c>calli</c>).
/// </summary>
internal static class ILCalls
{
    // Operand sizes by opcode value, from the runtime's own opcode table (no hand-kept list to drift).
    private static readonly Dictionary<short, OperandType> Operands = typeof(OpCodes)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Select(f => (OpCode)f.GetValue(null)!)
        .ToDictionary(o => o.Value, o => o.OperandType);

    /// <summary>
    /// True when the body calls through a vtable, an interface or a function pointer; also when the
    /// IL cannot be read to the end or a callee cannot be resolved (the estimate then errs towards
    /// not promoting).
    /// </summary>
    public static bool MakesIndirectCall(MethodInfo method, byte[] il)
    {
        var position = 0;
        while (position < il.Length)
        {
            short value = il[position++];
            if (value == 0xFE)
            {
                if (position >= il.Length)
                {
                    return true;
                }

                value = unchecked((short)(0xFE00 | il[position++]));
            }

            if (!Operands.TryGetValue(value, out var operand))
            {
                return true;
            }

            if (value == OpCodes.Calli.Value)
            {
                return true;
            }

            if (value == OpCodes.Callvirt.Value && (position + 4 > il.Length || IsIndirect(method, BitConverter.ToInt32(il, position))))
            {
                return true;
            }

            var size = OperandSize(operand, il, position);
            if (size < 0)
            {
                return true;
            }

            position += size;
        }

        return false;
    }

    private static bool IsIndirect(MethodInfo caller, int token)
    {
        try
        {
            var typeArguments = caller.DeclaringType is { IsGenericType: true } type ? type.GetGenericArguments() : null;
            var methodArguments = caller.IsGenericMethod ? caller.GetGenericArguments() : null;
            var callee = caller.Module.ResolveMethod(token, typeArguments, methodArguments);
            // A delegate's Invoke is virtual on a sealed type, and still a call through a pointer.
            return callee is null
                || (callee.DeclaringType?.IsSubclassOf(typeof(Delegate)) == true && callee.Name == "Invoke")
                || (callee.IsVirtual && !callee.IsFinal && callee.DeclaringType is not { IsSealed: true } and not { IsValueType: true });
        }
        catch (Exception e) when (e is ArgumentException or BadImageFormatException or TypeLoadException or MissingMemberException)
        {
            return true;
        }
    }

    /// <summary>Bytes of the operand at <paramref name="position"/>; -1 when it runs past the end.</summary>
    private static int OperandSize(OperandType operand, byte[] il, int position)
    {
        var size = operand switch
        {
            OperandType.InlineNone => 0,
            OperandType.ShortInlineBrTarget or OperandType.ShortInlineI or OperandType.ShortInlineVar => 1,
            OperandType.InlineVar => 2,
            OperandType.InlineI8 or OperandType.InlineR => 8,
            OperandType.InlineSwitch => position + 4 <= il.Length ? 4 + (4 * BitConverter.ToInt32(il, position)) : -1,
            _ => 4,
        };
        return size >= 0 && position + size <= il.Length ? size : -1;
    }
}
