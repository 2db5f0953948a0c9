namespace Optpoline.Rewriter.Baking;

/// <summary>Why a profiled site (or one of its types) was not baked; the site is woven as without a profile.</summary>
public enum BakeRejection
{
    /// <summary>The profile was recorded on another build of the caller's assembly (its MVID differs).</summary>
    OtherBuild,

    /// <summary>The site's profile is not stable (too few samples, megamorphic, re-patched recently, or its top types cover too little).</summary>
    Unstable,

    /// <summary>The site is a delegate or <c>constrained.</c> site: baking covers virtual, interface and generic virtual calls.</summary>
    UnsupportedKind,

    /// <summary>A profiled receiver type (or the method it reached) belongs to another build of its assembly, or cannot be found.</summary>
    TypeNotFound,

    /// <summary>The method a profiled type reached cannot be called directly from the caller here (for example a generic context is needed).</summary>
    NotCallable,

    /// <summary>
    /// At a class virtual call, the method a profiled type reached is too large for the JIT to inline
    /// (<see cref="BakeSettings.MaxInlinedTargetSize"/>): a guard would only trade one indirect call
    /// for a compare and a direct call.
    /// </summary>
    NotInlinable,

    /// <summary>
    /// The site is in generic code (its callee is named through the caller's type parameters): each
    /// instantiation keeps its adaptive site, since a guard in shared generic code would also run for
    /// instantiations the profile never saw.
    /// </summary>
    GenericCode,
}
