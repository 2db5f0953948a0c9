namespace Optpoline.Learning;

/// <summary>
/// A few receivers a site has really been called with, one per receiver type, so that the patcher
/// can ask the runtime what a call on each type reaches (see <see cref="Dispatch.TargetResolver"/>)
/// without making an object of its own.
/// </summary>
/// <remarks>
/// <para>
/// Why live receivers: the runtime resolves a virtual call only against an object. Conjuring one
/// (an uninitialised instance) is not safe: the runtime treats some types specially — it finalizes
/// weak references itself during a collection, whatever the suppress bit says, and a never-constructed
/// one faults there — and no list of such types can be complete. A receiver the program made and
/// passed to this very call is, by definition, an object the call may be made on.
/// </para>
/// <para>
/// Held strongly, then weakly. A sampled receiver is held strongly until the patcher next looks at
/// the site: at the evaluation that follows the burst, or at the first tick once the burst has been
/// armed for a sampling period (<see cref="Loosen"/>). Held only weakly, receivers that die young
/// (enumerators, iterators, per-request objects) were collected before the patcher could bind to
/// them, and under allocation pressure such a site never promoted. After that, an entry is a weak
/// reference, so no object lives more than about a patcher tick or a sampling period longer for it.
/// </para>
/// <para>
/// Threads: calling threads <see cref="Offer"/> during sampling bursts; the patcher reads with
/// <see cref="Find"/> and frees or loosens entries. The races are benign: two threads may write one
/// entry at once, leaving a type hint that does not match the object held, or lose an offer; the
/// patcher may loosen an entry as a caller fills it, and lose that specimen. <see cref="Find"/> checks
/// the object's own type, so a race can only cost a specimen, never give a wrong one. The weak
/// references are made up front (on the patcher thread), so an offer allocates nothing.
/// </para>
/// </remarks>
internal sealed class Specimens
{
    private readonly Type?[] _types;
    private readonly object?[] _held;
    private readonly WeakReference<object>[] _objects;
    private int _next;

    public Specimens(int capacity)
    {
        _types = new Type?[capacity];
        _held = new object?[capacity];
        _objects = new WeakReference<object>[capacity];
        for (var i = 0; i < capacity; i++)
        {
            _objects[i] = new WeakReference<object>(null!);
        }
    }

    /// <summary>Calling thread, sampled call: keep <paramref name="receiver"/> if its type has no specimen yet.</summary>
    public void Offer(object receiver)
    {
        var type = receiver.GetType();
        var types = _types;
        var free = -1;
        for (var i = 0; i < types.Length; i++)
        {
            var held = Volatile.Read(ref types[i]);
            if (ReferenceEquals(held, type))
            {
                return;
            }

            if (held is null && free < 0)
            {
                free = i;
            }
        }

        // All full: take turns, so that a type sampled again and again soon gets an entry.
        var entry = free >= 0 ? free : (int)((uint)_next++ % (uint)types.Length);
        Volatile.Write(ref _held[entry], receiver);
        Volatile.Write(ref types[entry], type);
    }

    /// <summary>Patcher: a live receiver of exactly <paramref name="type"/>, or null while there is none.</summary>
    public object? Find(Type type)
    {
        for (var i = 0; i < _types.Length; i++)
        {
            if (!ReferenceEquals(Volatile.Read(ref _types[i]), type))
            {
                continue;
            }

            if (Volatile.Read(ref _held[i]) is { } held && ReferenceEquals(held.GetType(), type))
            {
                return held;
            }

            if (_objects[i].TryGetTarget(out var receiver) && ReferenceEquals(receiver.GetType(), type))
            {
                return receiver;
            }
        }

        return null;
    }

    /// <summary>Patcher: hold every specimen weakly from now on (see the remarks).</summary>
    public void Loosen()
    {
        for (var i = 0; i < _held.Length; i++)
        {
            if (Interlocked.Exchange(ref _held[i], null) is { } held)
            {
                _objects[i].SetTarget(held);
            }
        }
    }

    /// <summary>
    /// Patcher: free the entries of types it no longer needs a specimen of (already resolved) and
    /// of receivers that died, so that other types can be offered.
    /// </summary>
    public void Release(Func<Type, bool> resolved)
    {
        for (var i = 0; i < _types.Length; i++)
        {
            if (Volatile.Read(ref _types[i]) is not { } type)
            {
                continue;
            }

            if (resolved(type) || (Volatile.Read(ref _held[i]) is null && !_objects[i].TryGetTarget(out _)))
            {
                Volatile.Write(ref _held[i], null);
                _objects[i].SetTarget(null!);
                Interlocked.CompareExchange(ref _types[i], null, type);
            }
        }
    }
}
