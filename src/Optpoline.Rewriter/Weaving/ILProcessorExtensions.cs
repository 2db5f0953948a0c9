using Mono.Cecil;
using Mono.Cecil.Cil;

namespace Optpoline.Rewriter.Weaving;

/// <summary>Small emit helpers; bodies are written in long forms and shortened by <c>OptimizeMacros</c>.</summary>
internal static class ILProcessorExtensions
{
    /// <summary>Loads every parameter of <paramref name="method"/>, in order.</summary>
    public static void EmitLdargs(this ILProcessor il, MethodDefinition method)
    {
        foreach (var parameter in method.Parameters)
        {
            il.Emit(OpCodes.Ldarg, parameter);
        }
    }

    /// <summary>Emits a call, with a <c>tail.</c> prefix when the original call had one.</summary>
    public static void EmitCall(this ILProcessor il, OpCode opCode, MethodReference method, bool tail)
    {
        if (tail)
        {
            il.Emit(OpCodes.Tail);
        }

        il.Emit(opCode, method);
    }
}
