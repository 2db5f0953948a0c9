namespace Optpoline.Rewriter.Tests.Differential;

/// <summary>
/// <see cref="FastLearning"/>, with a patch budget for the hundreds of sites a batch of generated
/// hierarchies makes: at the default 500 compilations a second (2 per 5 ms tick), most sites of a
/// batch would still be waiting for their first burst when the batch ends.
/// </summary>
/// <remarks>Process-wide, as <see cref="FastLearning"/> is: other tests running meanwhile learn faster too, which none of them minds.</remarks>
internal static class DiffLearning
{
    public static void Enable()
    {
        FastLearning.Enable();
        OptpolineRuntime.Configure(OptpolineRuntime.Options with { MaxPatchesPerSecond = 4_000 });
    }
}
