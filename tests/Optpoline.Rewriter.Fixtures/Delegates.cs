using System.Globalization;

namespace Optpoline.Rewriter.Fixtures;

// Delegate invocations: every shape of target, exceptions, multicast (events), a generated delegate
// type with a ref parameter, and delegates named through a generic caller's type parameter.
public delegate int Bump(ref int value);

public class Voice(string name)
{
    public virtual string Say(int n) => name + " says " + n;
}

public class LoudVoice(string name) : Voice(name)
{
    public override string Say(int n) => base.Say(n).ToUpperInvariant() + "!";
}

public sealed class LouderVoice(string name) : LoudVoice(name);

public struct Tally
{
    private int _count;

    public int Add(int n) => _count += n;
}

public sealed class Pipeline<T>(T item)
{
    public string Show(int n) => typeof(T).Name + ":" + item + ":" + n;
}

public static class DelegateCalls
{
    public static int Twice(int n) => 2 * n;

    public static int Fail(int n) => n > 2 ? throw new ArgumentOutOfRangeException(nameof(n), "too big") : n;

    public static string Described(this string prefix, int n) => prefix + "#" + n;

    public static string Generic<T>(int n) => typeof(T).Name + n.ToString(CultureInfo.InvariantCulture);

    /// <summary>Every kind of <c>Func&lt;int, string&gt;</c>, made fresh on each call.</summary>
    public static Func<int, string>[] Targets()
    {
        var offset = 10;
        return
        [
            n => "static lambda " + n,
            n => "closure " + (n + offset++),
            n => Twice(n).ToString(CultureInfo.InvariantCulture),
            new Voice("v").Say,
            new LoudVoice("l").Say,
            new LouderVoice("ll").Say,
            "prefix".Described,
            Generic<string>,
            Generic<int>,
            new Pipeline<string>("p").Show,
            new Pipeline<object>(7).Show,
            n => new Tally().Add(n).ToString(CultureInfo.InvariantCulture),
            new Func<int, int>(new Tally().Add) is var add ? n => add(n).ToString(CultureInfo.InvariantCulture) : null!,
        ];
    }

    public static string Apply(Func<int, string> f, int n) => f(n);

    public static int Apply(Func<int, int> f, int n) => f(n);

    public static void Run(Action<int> action, int n) => action(n);

    public static int Bumped(Bump bump, int start)
    {
        var value = start;
        var returned = bump(ref value);
        return (returned * 1000) + value;
    }

    /// <summary>Invokes an event: a multicast delegate (or null).</summary>
    public static string Raise(int n)
    {
        var log = new List<string>();
        Action<int>? handlers = null;
        handlers += i => log.Add("first " + i);
        handlers += i => log.Add("second " + i);
        handlers?.Invoke(n);
        return string.Join(",", log);
    }

    /// <summary>The delegate type names the caller's type parameter: skipped (generic context).</summary>
    public static int Count<T>(IEnumerable<T> items, Func<T, bool> predicate)
    {
        var count = 0;
        foreach (var item in items)
        {
            count += predicate(item) ? 1 : 0;
        }

        return count;
    }

    /// <summary>A hot loop over several targets, fresh delegates each time, for the promotion test.</summary>
    public static long Hot(int iterations)
    {
        // Five hot targets: closure, virtual override, closed static, generic method, shared generic code.
        ReadOnlySpan<int> hot = [1, 4, 6, 7, 10];
        long total = 0;
        for (var i = 0; i < iterations; i++)
        {
            var targets = Targets();
            total += Apply(targets[hot[i % hot.Length]], i).Length;
        }

        return total;
    }
}
