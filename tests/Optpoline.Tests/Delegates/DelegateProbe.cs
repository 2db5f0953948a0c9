using Optpoline.Dispatch;
using Optpoline.Learning;

namespace Optpoline.Tests.Delegates;

/// <summary>Test-side views of a delegate: its key, and whether a delegate site's published slots would take it.</summary>
internal static class DelegateProbe
{
    /// <summary>The key a fresh table gives <paramref name="d"/> (first sight: reads <see cref="Delegate.Method"/>).</summary>
    public static DelegateKey KeyOf(Delegate d) => new DelegateKeyTable().KeyOf((MulticastDelegate)d);

    public static (nint MethodPtr, nint MethodPtrAux) Pointers(Delegate d)
    {
        DelegateFields.Instance.Read((MulticastDelegate)d, out var p, out var q, out _, out _);
        return (p, q);
    }

    /// <summary>The slot of <paramref name="site"/> whose guard <paramref name="d"/> passes, if the site is promoted.</summary>
    public static DelegateTarget? SlotFor(CallSite site, Delegate d)
    {
        if (site.State != SiteState.Promoted || site.IsArmed)
        {
            return null;
        }

        DelegateFields.Instance.Read((MulticastDelegate)d, out var p, out var q, out var target, out _);
        return site.Learning().Slots.Select(s => s.Target).OfType<DelegateTarget>()
            .FirstOrDefault(t => t.DelegateKey.Matches(p, q, target?.GetType()));
    }
}
