namespace Optpoline.Learning;

/// <summary>
/// A small, fixed-size table of receiver types and how often each was sampled: a lock-free
/// variant of the Space-Saving heavy-hitters sketch.
/// </summary>
/// <remarks>
/// Calling threads write it without locks; the patcher reads, decays and purges it concurrently.
/// The races are deliberate and benign: an increment may be lost, an evicted entry may keep one
/// stale count, a snapshot may mix old and new counts. None of that can make a call wrong, because
/// the table only steers which slots are tried; every slot is resolved and guarded on its own.
/// The table never grows: a type that does not fit replaces the entry with the smallest count
/// and inherits that count plus one, which over-estimates newcomers, never under-estimates a
/// true heavy hitter.
/// </remarks>
internal sealed class HeavyHitters
{
    private readonly Type?[] _types;
    private readonly int[] _counts;

    public HeavyHitters(int capacity)
    {
        _types = new Type?[capacity];
        _counts = new int[capacity];
    }

    public int Capacity => _types.Length;

    public void Add(Type type)
    {
        var types = _types;
        var free = -1;
        for (var i = 0; i < types.Length; i++)
        {
            var current = Volatile.Read(ref types[i]);
            if (current == type)
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
            var won = Interlocked.CompareExchange(ref types[free], type, null);
            if (won is null || won == type)
            {
                _counts[free]++;
                return;
            }
        }

        ReplaceSmallest(type);
    }

    /// <summary>Entries with a positive count, most frequent first.</summary>
    public List<TypeCount> Snapshot()
    {
        // Racing writers can, rarely, leave one type in two entries: merge them.
        var merged = new Dictionary<Type, int>(_types.Length);
        for (var i = 0; i < _types.Length; i++)
        {
            var type = Volatile.Read(ref _types[i]);
            var count = Volatile.Read(ref _counts[i]);
            if (type is not null && count > 0)
            {
                merged[type] = merged.GetValueOrDefault(type) + count;
            }
        }

        var result = merged.Select(static p => new TypeCount(p.Key, p.Value)).ToList();
        result.Sort(static (a, b) => b.Count.CompareTo(a.Count));
        return result;
    }

    /// <summary>Halves every count so that old observations fade; entries that reach zero are freed.</summary>
    public void Decay()
    {
        for (var i = 0; i < _types.Length; i++)
        {
            var halved = Volatile.Read(ref _counts[i]) / 2;
            _counts[i] = halved;
            if (halved == 0)
            {
                Volatile.Write(ref _types[i], null);
            }
        }
    }

    /// <summary>Forgets every type matching <paramref name="predicate"/>.</summary>
    public void Purge(Func<Type, bool> predicate)
    {
        for (var i = 0; i < _types.Length; i++)
        {
            if (Volatile.Read(ref _types[i]) is { } type && predicate(type))
            {
                _counts[i] = 0;
                Volatile.Write(ref _types[i], null);
            }
        }
    }

    public void Clear() => Purge(static _ => true);

    private void ReplaceSmallest(Type type)
    {
        var victim = 0;
        for (var i = 1; i < _counts.Length; i++)
        {
            if (_counts[i] < _counts[victim])
            {
                victim = i;
            }
        }

        var old = Volatile.Read(ref _types[victim]);
        if (Interlocked.CompareExchange(ref _types[victim], type, old) == old)
        {
            _counts[victim]++;
        }
    }
}
