using System.Reflection;
using System.Runtime.CompilerServices;

namespace Optpoline.Dispatch;

/// <summary>
/// Whether a dispatcher can win on a target by inlining it: the only thing promotion wins on a class
/// virtual or delegate call, which is one indirect call already (no stub, no lookup).
/// </summary>
/// <remarks>
/// <para>
/// An estimate from the IL, as the JIT's own first test is: it inlines methods of up to 16 IL bytes
/// whenever it can, and weighs larger ones (up to 100 bytes) by heuristics that, in a dispatcher
/// compiled without a profile, rarely favour a method with calls of its own. Methods marked
/// <see cref="MethodImplAttributes.NoInlining"/> never are, those marked
/// <see cref="MethodImplAttributes.AggressiveInlining"/> are; a method whose IL cannot be read
/// (runtime-implemented, dynamic) counts as not inlined.
/// </para>
/// <para>
/// A small target that itself makes an indirect call (a virtual or interface call, a function
/// pointer) does not count either: inlined, it still pays for that call, and saves only its own
/// call and return, less than the dispatcher's hop and guards cost. Measured on the phase-change
/// ledger (docs/results.md): its visitor's <c>Accept(p) =&gt; p.On(this)</c>, promoted, lost.
/// </para>
/// </remarks>
internal static class InlineEstimate
{
    // What the IL says, read once per method (reading a body allocates); weak, so that unloadable code can go.
    private static readonly ConditionalWeakTable<MethodInfo, Body> Bodies = new();

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

        var body = Bodies.GetValue(method, Read);
        return !body.MakesIndirectCall && FitsBySize(flags, body.Size, maxILSize);
    }

    /// <summary>
    /// The size part of the estimate, which the rewriter applies to baked guards too (a baked guard
    /// sits in the caller, with no dispatcher hop to pay for, so it leaves out the forwarding part):
    /// never for <c>NoInlining</c>, always for <c>AggressiveInlining</c>, else by IL size
    /// (<paramref name="ilSize"/> is -1 for a method without IL).
    /// </summary>
    public static bool FitsBySize(MethodImplAttributes flags, int ilSize, int maxILSize) =>
        maxILSize == int.MaxValue
        || ((flags & MethodImplAttributes.NoInlining) == 0
            && ((flags & MethodImplAttributes.AggressiveInlining) != 0 || (ilSize >= 0 && ilSize <= maxILSize)));

    /// <summary>The method's IL size in bytes (-1 when it has no IL to read), and whether it calls indirectly.</summary>
    private static Body Read(MethodInfo method)
    {
        byte[]? il;
        try
        {
            il = method.GetMethodBody()?.GetILAsByteArray();
        }
        catch (Exception e) when (e is InvalidOperationException or NotSupportedException or MemberAccessException)
        {
            il = null;
        }

        return il is null ? new Body(-1, false) : new Body(il.Length, ILCalls.MakesIndirectCall(method, il));
    }

    private sealed record Body(int Size, bool MakesIndirectCall);
}
