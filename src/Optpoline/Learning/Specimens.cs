namespace Optpoline.Learning;

/// <summary>
/// A few receivers a site has really been called with, held weakly, one per receiver type, so that
/// the patcher can ask the runtime what a call on each type reaches (see
/// <see cref="Dispatch.TargetResolver"/>) without making an object of its own.
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
/// Why weakly: holding a receiver strongly would change when the program's objects die (a test that
/// checks that an object is collected would fail), so an entry is a weak reference that dies with its
/// object; the patcher then waits for the next sample of that type.
/// </para>
/// <para>
/// Threads: calling threads <see cref="Offer"/> during sampling bursts; the patcher reads with
/// <see cref="Find"/> and frees entries with <see cref="Release"/>. The races are benign: two threads
/// may write one entry at once, leaving a type hint that does not match the object held, or lose an
/// offer. <see cref="Find"/> therefore checks the object's own type, so a race can only cost a
/// specimen, never give a wrong one. The weak references are made up front (on the patcher thread),
/// so an offer allocates nothing.
/// </para>
/// </remarks>
internal sealed class Specimens
{
    private readonly Type?[] _types;
    private readonly WeakReference<object>[] _objects;
    private int _next;

    public Specimens(int capacity)
    {
        _types = new Type?[capacity];
        _objects = new WeakReference<object>[capacity];
        for (var i = 0; i < capacity; i++)
        {
            _objects[i] = new WeakReference<object>(null!);
        }
    }

    public int Capacity => _types.Length;

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
        _objects[entry].SetTarget(receiver);
        Volatile.Write(ref types[entry], type);
    }

    /// <summary>Patcher: a live receiver of exactly <paramref name="type"/>, or null while there is none.</summary>
    public object? Find(Type type)
    {
        for (var i = 0; i < _types.Length; i++)
        {
            if (ReferenceEquals(Volatile.Read(ref _types[i]), type) && _objects[i].TryGetTarget(out var receiver))
            {
                if (ReferenceEquals(receiver.GetType(), type))
                {
                    return receiver;
                }
            }
        }

        return null;
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

            if (resolved(type) || !_objects[i].TryGetTarget(out _))
            {
                _objects[i].SetTarget(null!);
                Interlocked.CompareExchange(ref _types[i], null, type);
            }
        }
    }
}
