using Optpoline.Patching;

namespace Optpoline.Tests.Differential.GenericCode;

/// <summary>Where the holders initialised during one caller's run make their sites: its patcher, its options, and the sites made.</summary>
internal sealed class GeneratedSiteScope(Patcher patcher, Func<SiteOptions> options)
{
    public Patcher Patcher { get; } = patcher;

    public List<GeneratedSite> Created { get; } = [];

    public SiteOptions NextOptions() => options();
}
