using Optpoline.Dispatch;
using Optpoline.Learning;
using Optpoline.Policies;

namespace Optpoline.Patching;

/// <summary>
/// The resolution step for one site: what a call with each sample key reaches, resolved once per key
/// (<see cref="TargetResolver"/> for receiver types, <see cref="DelegateTargetResolver"/> for delegate
/// keys) and cached, with why a refused key can take no slot. Caller holds the patcher's lock.
/// </summary>
internal sealed class TargetCache
{
    private const int MaxResolved = 256;

    /// <summary>Resolutions made so far, by sample key; a refused key is cached as null.</summary>
    public Dictionary<object, ResolvedTarget?> Resolved { get; } = [];

    /// <summary>Why a key cached as null in <see cref="Resolved"/> can take no slot, for the report.</summary>
    public Dictionary<object, string> Refusals { get; } = [];

    /// <summary>
    /// What a call with this key reaches; null when it can take no slot, or while the site holds no
    /// live receiver of the type to resolve against (that is not cached: the next burst brings one).
    /// Every fresh resolution is shown to <paramref name="unloading"/>, which watches its load contexts.
    /// </summary>
    public ResolvedTarget? Resolve(CallSite site, object key, UnloadWatcher unloading)
    {
        if (!Resolved.TryGetValue(key, out var target))
        {
            string? refusal;
            if (key is DelegateKey delegateKey)
            {
                target = DelegateTargetResolver.Resolve(site.Method, delegateKey, out refusal);
            }
            else if ((refusal = TargetResolver.Refuse(site.Method, (Type)key)) is null)
            {
                if (site.Specimens?.Find((Type)key) is not { } receiver)
                {
                    return null;
                }

                target = TargetResolver.Resolve(site.Method, receiver, out refusal);
            }

            Resolved[key] = target;
            if (refusal is not null)
            {
                Refusals[key] = refusal;
            }

            unloading.Watch(key, target);
        }

        return target;
    }

    /// <summary>
    /// Resolves every sampled receiver type the site holds a specimen of, hot or not (the report names
    /// each sampled type's target, which a profile bakes from), then frees the specimens it no longer needs.
    /// </summary>
    public void ResolveSampled(CallSite site, List<SampleCount> samples, UnloadWatcher unloading)
    {
        if (site.Specimens is not { } specimens)
        {
            return;
        }

        foreach (var sample in samples)
        {
            Resolve(site, sample.Key, unloading);
        }

        specimens.Release(Resolved.ContainsKey);
        specimens.Loosen();
    }

    /// <summary>
    /// Keeps the cache bounded: past <see cref="MaxResolved"/> entries, forgets those neither sampled
    /// now nor in a slot. Only sites that meet many keys get there (delegate sites whose program keeps
    /// making new methods, say); a forgotten key that comes back is resolved again.
    /// </summary>
    public void Trim(IReadOnlyList<KeyShare> shares, IReadOnlyList<HotTarget> slots)
    {
        if (Resolved.Count <= MaxResolved)
        {
            return;
        }

        var keep = shares.Select(s => s.Key).Concat(slots.Select(s => s.Key)).ToHashSet();
        Forget(key => !keep.Contains(key));
    }

    /// <summary>Forgets the keys that <paramref name="doomed"/> picks.</summary>
    public void Forget(Func<object, bool> doomed)
    {
        foreach (var key in Resolved.Keys.Where(doomed).ToList())
        {
            Resolved.Remove(key);
            Refusals.Remove(key);
        }
    }
}
