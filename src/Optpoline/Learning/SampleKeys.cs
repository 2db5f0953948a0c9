using Optpoline.Reporting;

namespace Optpoline.Learning;

/// <summary>
/// What a site learns about: a <em>sample key</em>. For virtual, interface and generic-virtual sites
/// it is the receiver's exact <see cref="Type"/>, for delegate sites a <see cref="DelegateKey"/>; the patcher, the slot policies and the report treat
/// keys as opaque objects with value equality, and ask this class only for a name and for the types a
/// key holds on to (which decide when a collectible load context must make the site forget it).
/// </summary>
internal static class SampleKeys
{
    /// <summary>The key as the report shows it.</summary>
    public static string Name(object key) => key switch
    {
        Type type => TypeNames.Of(type),
        _ => key.ToString() ?? "?",
    };

    /// <summary>Every type the key references.</summary>
    public static IEnumerable<Type> Types(object key) => key switch
    {
        Type type => [type],
        DelegateKey delegateKey => delegateKey.Types,
        _ => [],
    };
}
