namespace Optpoline.Rewriter.Tests.Differential;

/// <summary>A virtual slot as one generated class sees it: whether it has a body here, and whether it is sealed.</summary>
internal sealed record SlotState(SlotShape Shape, bool Implemented, bool Sealed, bool Protected = false)
{
    /// <summary>Whether a class may declare <c>new virtual</c> over it (only slots whose hidden body stays callable).</summary>
    public bool Hideable => Implemented && Shape.Name is "V" or "M";
}
