using System.Globalization;
using System.Text;
using Optpoline.Rewriter.Baking;

namespace Optpoline.Rewriter.Tests.Differential;

/// <summary>What baking did over a run of the differential test: sites and guards baked, rejections by reason.</summary>
internal sealed class BakeCensus
{
    private readonly SortedDictionary<BakeRejection, int> _rejected = [];

    public int Weaves { get; private set; }

    public int ProfiledSites { get; private set; }

    public int SitesRewritten { get; private set; }

    public int SitesBaked { get; private set; }

    /// <summary>Of <see cref="SitesBaked"/>, generic virtual calls in generic code.</summary>
    public int GenericSitesBaked { get; private set; }

    public int GuardsBaked { get; private set; }

    public int Rejected(BakeRejection reason) => _rejected.GetValueOrDefault(reason);

    public void Add(BakeProfile profile, WeaveResult result)
    {
        Weaves++;
        ProfiledSites += profile.Count;
        SitesRewritten += result.SitesRewritten;
        SitesBaked += result.SitesBaked;
        GenericSitesBaked += result.GenericSitesBaked;
        GuardsBaked += result.GuardsBaked;
        foreach (var (reason, count) in result.BakeRejected)
        {
            _rejected[reason] = _rejected.GetValueOrDefault(reason) + count;
        }
    }

    public override string ToString()
    {
        var text = new StringBuilder();
        var c = CultureInfo.InvariantCulture;
        text.Append(c, $"{Weaves} weave(s) with a profile naming {ProfiledSites} site(s): {SitesRewritten} sites rewritten, {SitesBaked} baked ({GenericSitesBaked} in generic code) with {GuardsBaked} guard(s); rejected:");
        text.Append(_rejected.Count == 0 ? " none" : string.Concat(_rejected.Select(r => $" {r.Key} {r.Value}")));
        return text.ToString();
    }
}
