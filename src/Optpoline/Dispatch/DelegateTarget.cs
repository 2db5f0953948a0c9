using System.Reflection;
using Optpoline.Learning;

namespace Optpoline.Dispatch;

/// <summary>
/// What delegates with one <see cref="DelegateKey"/> run, as a slot calls it: <paramref name="Implementation"/>
/// with the delegate's target passed as <paramref name="Shape"/> says (unboxed when
/// <paramref name="Unbox"/>). <see cref="ResolvedTarget.Receiver"/> is the method's declaring type.
/// </summary>
internal sealed record DelegateTarget(DelegateKey DelegateKey, DelegateShape Shape, MethodInfo Implementation, bool Unbox)
    : ResolvedTarget(Implementation.DeclaringType!, Implementation, Unbox)
{
    public override object Key => DelegateKey;

    public override bool Revoked => DelegateKey.Conflicted;

    /// <summary>What the slot's guard stands for, for the report: the shape, and the target's type when the guard tests it.</summary>
    public string Guard => Shape switch
    {
        DelegateShape.ClosedInstance when DelegateKey.TargetType is { } type => "instance on " + Reporting.TypeNames.Of(type),
        DelegateShape.ClosedInstance => "instance",
        DelegateShape.ClosedStatic => "static, closed",
        _ => "static",
    };
}
