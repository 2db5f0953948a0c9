namespace Optpoline;

/// <summary>
/// Tunes the call sites inside a method, or inside every method of a type or assembly (the nearest
/// attribute wins). Read for sites created by generated code (the rewriter), which knows its caller.
/// </summary>
[AttributeUsage(AttributeTargets.Method | AttributeTargets.Constructor | AttributeTargets.Class | AttributeTargets.Struct | AttributeTargets.Assembly, Inherited = false)]
public sealed class OptpolineSiteAttribute : Attribute
{
    private SlotPolicy _policy;

    /// <summary>Never promote these sites.</summary>
    public bool NeverPromote { get; set; }

    /// <summary>Maximum slots (0: the global setting).</summary>
    public int MaxSlots { get; set; }

    /// <summary>Slot policy (unset: the global setting).</summary>
    public SlotPolicy Policy
    {
        get => _policy;
        set
        {
            _policy = value;
            HasPolicy = true;
        }
    }

    internal bool HasPolicy { get; private set; }
}
