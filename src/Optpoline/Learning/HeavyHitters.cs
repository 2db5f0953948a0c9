namespace Optpoline.Learning;

/// <summary>
/// A small, fixed-size table of sample keys (receiver types, or delegate targets: see
/// <see cref="SampleKeys"/>) and how often each was sampled: a lock-free variant of the
/// Space-Saving heavy-hitters sketch.
/// </summary>
/// <remarks>
/// Calling threads write it without locks; the patcher reads, decays and purges it concurrently.
/// The races are deliberate and benign: an increment may be lost, an evicted entry may keep one
/// stale count, a snapshot may mix old and new counts. None of that can make a call wrong, because
/// the table only steers which slots are tried; every slot is resolved and guarded on its own.
/// Keys are compared by reference, which is exact for types; delegate keys are interned per site
/// (<see cref="DelegateKeyTable"/>), and a duplicate an interning race or a table reset leaves is
/// merged by <see cref="Snapshot"/>, which compares by value.
/// The table never grows: a type that does not fit replaces the entry with the smallest count
/// and inherits that count plus one, which over-estimates newcomers, never under-estimates a
/// true heavy hitter.
/// </remarks>
internal sealed class HeavyHitters
{
    private readonly object?[] _keys;
    private readonly int[] _counts;

    public HeavyHitters(int capacity)
    {
        _keys = new object?[capacity];
        _counts = new int[capacity];
    }

    public void Add(object key)
    {
        var keys = _keys;
        var free = -1;
        for (var i = 0; i < keys.Length; i++)
        {
            var current = Volatile.Read(ref keys[i]);
            if (ReferenceEquals(current, key))
            {
                _counts[i]++;
                return;
            }

            if (current is null && free < 0)
            {
                free = i;
            }
        }

        if (free >= 0)
        {
            var won = Interlocked.CompareExchange(ref keys[free], key, null);
            if (won is null || ReferenceEquals(won, key))
            {
                _counts[free]++;
                return;
            }
        }

        ReplaceSmallest(key);
    }

    /// <summary>Entries with a positive count, most frequent first.</summary>
    public List<SampleCount> Snapshot()
    {
        // Racing writers can, rarely, leave one key in two entries: merge them.
        var merged = new Dictionary<object, int>(_keys.Length);
        for (var i = 0; i < _keys.Length; i++)
        {
            var key = Volatile.Read(ref _keys[i]);
            var count = Volatile.Read(ref _counts[i]);
            if (key is not null && count > 0)
            {
                merged[key] = merged.GetValueOrDefault(key) + count;
            }
        }

        var result = merged.Select(static p => new SampleCount(p.Key, p.Value)).ToList();
        result.Sort(static (a, b) => b.Count.CompareTo(a.Count));
        return result;
    }

    /// <summary>Halves every count so that old observations fade; entries that reach zero are freed.</summary>
    public void Decay()
    {
        for (var i = 0; i < _keys.Length; i++)
        {
            var halved = Volatile.Read(ref _counts[i]) / 2;
            _counts[i] = halved;
            if (halved == 0)
            {
                Volatile.Write(ref _keys[i], null);
            }
        }
    }

    /// <summary>Forgets every key matching <paramref name="predicate"/>.</summary>
    public void Purge(Func<object, bool> predicate)
    {
        for (var i = 0; i < _keys.Length; i++)
        {
            if (Volatile.Read(ref _keys[i]) is { } key && predicate(key))
            {
                _counts[i] = 0;
                Volatile.Write(ref _keys[i], null);
            }
        }
    }

    public void Clear() => Purge(static _ => true);

    private void ReplaceSmallest(object key)
    {
        var victim = 0;
        for (var i = 1; i < _counts.Length; i++)
        {
            if (_counts[i] < _counts[victim])
            {
                victim = i;
            }
        }

        var old = Volatile.Read(ref _keys[victim]);
        if (ReferenceEquals(Interlocked.CompareExchange(ref _keys[victim], key, old), old))
        {
            _counts[victim]++;
        }
    }
}
