using System.Reflection;
using System.Runtime.CompilerServices;

namespace Optpoline.Dispatch;

/// <summary>
/// Whether the JIT will likely inline a target into a dispatcher: the only thing promotion wins on a
/// class virtual or delegate call, which is one indirect call already (no stub, no lookup).
/// </summary>
/// <remarks>
/// An estimate from the IL size, as the JIT's own first test is: it inlines methods of up to 16 IL
/// bytes whenever it can, and weighs larger ones (up to 100 bytes) by heuristics that, in a
/// dispatcher compiled without a profile, rarely favour a method with calls of its own. Methods
/// marked <see cref="MethodImplAttributes.NoInlining"/> never are, those marked
/// <see cref="MethodImplAttributes.AggressiveInlining"/> are; a method whose IL cannot be read
/// (runtime-implemented, dynamic) counts as not inlined.
/// </remarks>
internal static class InlineEstimate
{
    // IL sizes, read once per method (reading a body allocates); weak, so that unloadable code can go.
    private static readonly ConditionalWeakTable<MethodInfo, StrongBox<int>> Sizes = new();

    public static bool IsLikelyInlined(MethodInfo method, int maxILSize)
    {
        if (maxILSize == int.MaxValue)
        {
            return true;
        }

        var flags = method.MethodImplementationFlags;
        if ((flags & MethodImplAttributes.NoInlining) != 0)
        {
            return false;
        }

        if ((flags & MethodImplAttributes.AggressiveInlining) != 0)
        {
            return true;
        }

        var size = Sizes.GetValue(method, static m => new StrongBox<int>(ILSize(m))).Value;
        return size >= 0 && size <= maxILSize;
    }

    /// <summary>The method's IL size in bytes, or -1 when it has no IL to read.</summary>
    private static int ILSize(MethodInfo method)
    {
        try
        {
            return method.GetMethodBody()?.GetILAsByteArray()?.Length ?? -1;
        }
        catch (Exception e) when (e is InvalidOperationException or NotSupportedException or MemberAccessException)
        {
            return -1;
        }
    }
}
