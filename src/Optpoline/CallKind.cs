namespace Optpoline;

/// <summary>The kind of indirect call a site stands for.</summary>
public enum CallKind
{
    /// <summary>A virtual or abstract method of a class.</summary>
    Virtual,

    /// <summary>An interface method (including default interface methods).</summary>
    Interface,

    /// <summary>An instantiation of a generic virtual method, on a class or an interface.</summary>
    GenericVirtual,

    /// <summary>A delegate's <c>Invoke</c>: the site learns the delegates' target methods rather than receiver types.</summary>
    Delegate,
}
