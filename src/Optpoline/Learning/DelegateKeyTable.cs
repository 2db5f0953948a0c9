using Optpoline.Dispatch;

namespace Optpoline.Learning;

/// <summary>
/// One delegate site's interned <see cref="DelegateKey"/>s, so that sampling finds a delegate's key
/// without allocating and <see cref="HeavyHitters"/> can compare keys by reference.
/// </summary>
/// <remarks>
/// Calling threads (recorder path only) read it without locks and add to it by compare-and-swap of
/// a copy-on-write array; the patcher purges it when a load context unloads. Bounded: a site that
/// meets more than <see cref="Capacity"/> distinct keys (a program making dynamic methods, say)
/// starts a fresh table. Keys dropped that way live on where they are referenced, and a new sample
/// of one makes an equal key: a duplicate that <see cref="HeavyHitters.Snapshot"/> and the patcher's
/// dictionaries merge by value.
/// </remarks>
internal sealed class DelegateKeyTable
{
    public const int Capacity = 64;

    private DelegateKey[] _keys = [];

    /// <summary>The keys interned now (a snapshot).</summary>
    public IReadOnlyList<DelegateKey> Keys => Volatile.Read(ref _keys);

    /// <summary>Recorder thread: the key of the code <paramref name="d"/> runs.</summary>
    public DelegateKey KeyOf(MulticastDelegate d)
    {
        DelegateFields.Instance.Read(d, out var methodPtr, out var methodPtrAux, out var target, out var unusual);
        var targetType = target?.GetType();
        if (Find(Volatile.Read(ref _keys), methodPtr, methodPtrAux, targetType) is { } known)
        {
            known.Confirm(d);
            return known;
        }

        return Add(DelegateKey.Observe(d, methodPtr, methodPtrAux, target, unusual), targetType);
    }

    /// <summary>Patcher thread: forgets the keys that match <paramref name="doomed"/>.</summary>
    public void Purge(Func<object, bool> doomed)
    {
        while (true)
        {
            var keys = Volatile.Read(ref _keys);
            var kept = keys.Where(k => !doomed(k)).ToArray();
            if (kept.Length == keys.Length || Interlocked.CompareExchange(ref _keys, kept, keys) == keys)
            {
                return;
            }
        }
    }

    private DelegateKey Add(DelegateKey created, Type? targetType)
    {
        while (true)
        {
            var keys = Volatile.Read(ref _keys);
            if (Find(keys, created.MethodPtr, created.MethodPtrAux, targetType) is { } raced)
            {
                return raced;
            }

            DelegateKey[] next = keys.Length >= Capacity ? [created] : [.. keys, created];
            if (Interlocked.CompareExchange(ref _keys, next, keys) == keys)
            {
                return created;
            }
        }
    }

    private static DelegateKey? Find(DelegateKey[] keys, nint methodPtr, nint methodPtrAux, Type? targetType)
    {
        foreach (var key in keys)
        {
            if (key.Matches(methodPtr, methodPtrAux, targetType))
            {
                return key;
            }
        }

        return null;
    }
}
