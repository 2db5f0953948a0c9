namespace Optpoline.Rewriter;

/// <summary>Which calls of an assembly are woven.</summary>
/// <remarks>
/// A woven call pays a check and makes its caller larger (which the JIT then inlines less) even when
/// its site never promotes, while promotion wins only where the JIT leaves a call slow. So the
/// product's default, <see cref="Profitable"/>, weaves a call only where that is known to pay:
/// generic virtual calls (the JIT never devirtualizes them) and, with a profile of this build, what
/// the profile shows paid.
/// </remarks>
public enum WeaveScope
{
    /// <summary>
    /// Every rewritable call; with a profile, stable sites also get baked guards. What the library
    /// does unless told otherwise, and the command's <c>--all</c>.
    /// </summary>
    All,

    /// <summary>
    /// Only calls that pay: in an assembly the profile covers (recorded on this very build), the
    /// sites given baked guards, sites whose adaptive site published a dispatcher while recording, and
    /// generic virtual calls; in any other assembly, generic virtual calls alone. Everything else is
    /// left exactly as compiled. The command's default.
    /// </summary>
    Profitable,

    /// <summary>
    /// As <see cref="Profitable"/> in an assembly the profile covers (plus the sites picked to be
    /// explored, <see cref="WeaveOptions.Explore"/>); every call in an assembly it does not cover, so
    /// that a run learns what a later run weaves. <c>optpoline run</c> with its profile store.
    /// </summary>
    Learning,
}
