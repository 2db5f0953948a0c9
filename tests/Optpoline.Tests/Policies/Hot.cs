using Optpoline.Dispatch;
using Optpoline.Policies;
using Optpoline.Tests.Fixtures;

namespace Optpoline.Tests.Policies;

/// <summary>Made-up inputs for the policy tests: hot targets and shares over the fixture shapes.</summary>
internal static class Hot
{
    public static readonly DateTimeOffset T0 = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>A hot target for shape <typeparamref name="T"/> with <paramref name="share"/>; a slot since <paramref name="slottedAt"/> when given.</summary>
    public static HotTarget Of<T>(double share, DateTimeOffset? slottedAt = null)
        where T : IShape, new() =>
        new(Resolve<T>(), share, slottedAt);

    public static KeyShare Share<T>(double share) => new(typeof(T), share);

    public static HashSet<object> Keys(params Type[] types) => [.. types];

    public static string[] Names(IEnumerable<HotTarget> slots) => [.. slots.Select(s => s.Receiver.Name).Order()];

    private static ResolvedTarget Resolve<T>()
        where T : IShape, new() =>
        TargetResolver.Resolve(typeof(IShape).GetMethod(nameof(IShape.Name))!, new T(), out _)!;
}
