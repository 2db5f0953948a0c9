namespace Optpoline.Rewriter.Tests;

/// <summary>Runtime settings under which the real background patcher promotes within a test's time.</summary>
internal static class FastLearning
{
    public static void Enable() => OptpolineRuntime.Configure(OptpolineRuntime.Options with
    {
        SamplingPeriod = TimeSpan.FromMilliseconds(5),
        PatchInterval = TimeSpan.FromMilliseconds(5),
        BaselineWindow = TimeSpan.FromMilliseconds(50),
    });

    /// <summary>Keys of the promoted sites whose caller's full name starts with <paramref name="prefix"/>.</summary>
    public static string[] Promoted(string prefix) => OptpolineRuntime.Report().Sites
        .Where(s => s.State == SiteState.Promoted && s.Key.StartsWith(prefix, StringComparison.Ordinal))
        .Select(s => s.Key)
        .ToArray();
}
