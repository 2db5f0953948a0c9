namespace Optpoline;

/// <summary>
/// Marks an assembly whose virtual calls the Optpoline rewriter has routed through call sites.
/// The rewriter refuses to weave an assembly twice.
/// </summary>
[AttributeUsage(AttributeTargets.Assembly, AllowMultiple = false)]
public sealed class OptpolineWovenAttribute(string rewriterVersion, int sites) : Attribute
{
    /// <summary>Version of the rewriter that wove the assembly.</summary>
    public string RewriterVersion { get; } = rewriterVersion;

    /// <summary>Call sites the rewriter routed through Optpoline.</summary>
    public int Sites { get; } = sites;

    /// <summary>
    /// The module version id (MVID) of the assembly before it was woven, as <see cref="Guid"/>'s "D"
    /// format. Weaving writes a new MVID; profiles name the original build, so they match this one.
    /// </summary>
    public string? OriginalModuleVersionId { get; set; }
}
