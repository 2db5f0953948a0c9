using Optpoline.Patching;

namespace Optpoline.Tests;

/// <summary>The patcher's state for a site, which lives in the patcher's side table, not on the site.</summary>
internal static class CallSiteLearning
{
    public static SiteLearning Learning(this CallSite site) => site.Patcher.LearningOf(site);
}
