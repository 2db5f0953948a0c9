namespace Optpoline.Rewriter.Weaving;

/// <summary>Which shim a rewritable <c>callvirt</c> gets.</summary>
internal enum SiteKind
{
    /// <summary>A virtual, interface or generic virtual call on an object reference.</summary>
    Virtual,

    /// <summary>A delegate's <c>Invoke</c>: the receiver is the delegate, the site learns its target methods.</summary>
    Delegate,

    /// <summary>A <c>constrained. T callvirt</c>: the shim is generic over T and takes the receiver by reference.</summary>
    Constrained,
}
