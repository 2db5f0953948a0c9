namespace Optpoline.Tests.Fixtures;

/// <summary>
/// Receivers whose methods are too large for a dispatcher to inline (six calls each: over 32 bytes
/// of IL), reached through a class virtual call and through an interface call.
/// </summary>
public interface IWorker
{
    int Work(int seed);
}

public abstract class Worker : IWorker
{
    public abstract int Work(int seed);

    protected static int Mix(int seed, int factor)
    {
        var h = seed;
        for (var i = 0; i < 4; i++)
        {
            h = unchecked((h * factor) ^ (h >> 7) ^ i);
        }

        return h;
    }
}

public sealed class Worker1 : Worker { public override int Work(int seed) => Mix(seed, 31) + Mix(seed, 17) - Mix(seed ^ 1, 5) + Mix(seed + 1, 3) - Mix(seed - 1, 9) + Mix(seed * 3, 3); }
public sealed class Worker2 : Worker { public override int Work(int seed) => Mix(seed, 37) + Mix(seed, 19) - Mix(seed ^ 2, 7) + Mix(seed + 1, 3) - Mix(seed - 1, 9) + Mix(seed * 3, 5); }
public sealed class Worker3 : Worker { public override int Work(int seed) => Mix(seed, 41) + Mix(seed, 23) - Mix(seed ^ 3, 11) + Mix(seed + 1, 3) - Mix(seed - 1, 9) + Mix(seed * 3, 7); }
public sealed class Worker4 : Worker { public override int Work(int seed) => Mix(seed, 43) + Mix(seed, 29) - Mix(seed ^ 4, 13) + Mix(seed + 1, 3) - Mix(seed - 1, 9) + Mix(seed * 3, 9); }

public static class Workers
{
    public static readonly Worker[] All = [new Worker1(), new Worker2(), new Worker3(), new Worker4()];
}
