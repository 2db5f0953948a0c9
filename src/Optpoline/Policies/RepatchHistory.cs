using System.Collections.Immutable;

namespace Optpoline.Policies;

/// <summary>
/// When a site was recently re-patched to bring in a new type, oldest first. Immutable: recording a
/// re-patch returns a new history, trimmed to the window and to one more entry than the limit (all
/// that <see cref="IsThrashing"/> needs).
/// </summary>
internal sealed record RepatchHistory(ImmutableQueue<DateTimeOffset> Times)
{
    public static RepatchHistory Empty { get; } = new(ImmutableQueue<DateTimeOffset>.Empty);

    public int Count => Times.Count();

    public RepatchHistory Record(DateTimeOffset now, TimeSpan window, int limit)
    {
        var times = Times.Enqueue(now);
        var count = times.Count();
        while (!times.IsEmpty && (now - times.Peek() > window || count > limit + 1))
        {
            times = times.Dequeue();
            count--;
        }

        return new RepatchHistory(times);
    }

    /// <summary>More than <paramref name="limit"/> re-patches within the window the history was last trimmed to.</summary>
    public bool IsThrashing(int limit) => Count > limit;
}
