using Optpoline.Tests.Fixtures;

namespace Optpoline.Tests;

public sealed class PromotionTests
{
    [Fact]
    public void Train_FourUniformTypes_PromotesWithAllFourInSlots()
    {
        var patcher = new TestPatcher();
        var site = patcher.Site<Func<IShape, string>>(s => s.Name());
        var shapes = All.Shapes[..4];

        patcher.Train(shapes, s => site.Invoke(s));

        Assert.Equal(SiteState.Promoted, site.State);
        Assert.Equal(["A", "B", "C", "D"], site.Learning().Slots.Select(s => s.Receiver.Name).Order());
        Assert.NotNull(site.Target);
        Assert.Equal("C", site.Target!(shapes[2]));
    }

    [Fact]
    public void Train_ThroughTheShimsOwnField_EveryPublicationReachesTheField()
    {
        // The rewriter's shim reads a static field of its holder, not Target: the site must store
        // each publication there too (the recorder of a burst, then the dispatcher), or the burst
        // would never see a call and the site would never learn.
        var patcher = new TestPatcher();
        Func<IShape, string>? field = null;
        var stores = 0;
        var site = patcher.StoringSite<Func<IShape, string>>(s => s.Name(), target => { field = target; stores++; });
        var shapes = All.Shapes[..4];

        patcher.Train(shapes, s => _ = field is { } d ? d(s) : s.Name());

        Assert.Equal(SiteState.Promoted, site.State);
        Assert.Same(site.Target, field);
        Assert.True(stores >= 3, $"expected a recorder, its end and a dispatcher to be stored, got {stores} stores");
        Assert.Equal("C", field!(shapes[2]));
    }
}
