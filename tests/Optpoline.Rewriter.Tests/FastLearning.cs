using System.Collections;
using Optpoline.Testing;

namespace Optpoline.Rewriter.Tests;

/// <summary>
/// The runtime settings under which the real background patcher promotes within a test's time, for
/// this test process: the values child processes get as variables (<see cref="DotnetProcess.FastLearning"/>).
/// </summary>
internal static class FastLearning
{
    public static void Enable()
    {
        var fast = OptpolineOptions.FromEnvironment(new Hashtable(DotnetProcess.FastLearning.ToDictionary(p => p.Key, p => p.Value)));
        OptpolineRuntime.Configure(OptpolineRuntime.Options with
        {
            SamplingPeriod = fast.SamplingPeriod,
            PatchInterval = fast.PatchInterval,
            BaselineWindow = fast.BaselineWindow,
        });
    }

    /// <summary>Keys of the promoted sites whose caller's full name starts with <paramref name="prefix"/>.</summary>
    public static string[] Promoted(string prefix) => OptpolineRuntime.Report().Sites
        .Where(s => s.State == SiteState.Promoted && s.Key.StartsWith(prefix, StringComparison.Ordinal))
        .Select(s => s.Key)
        .ToArray();
}
