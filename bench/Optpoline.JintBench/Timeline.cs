using System.Diagnostics;
using System.Globalization;

namespace Optpoline.JintBench;

/// <summary>Prints calls per second for every half second to stderr (the child's <c>--timeline</c>).</summary>
internal sealed class Timeline(bool enabled, Stopwatch clock)
{
    private static readonly TimeSpan s_window = TimeSpan.FromMilliseconds(500);
    private TimeSpan _windowStart;
    private long _count;

    public void Count()
    {
        if (!enabled)
        {
            return;
        }

        _count++;
        var now = clock.Elapsed;
        if (now - _windowStart >= s_window)
        {
            Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{now.TotalSeconds,6:F1} s {_count / (now - _windowStart).TotalSeconds,10:F1} ops/s"));
            _windowStart = now;
            _count = 0;
        }
    }
}
