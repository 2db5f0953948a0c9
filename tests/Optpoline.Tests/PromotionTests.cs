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
        Assert.Equal(["A", "B", "C", "D"], site.Learning.Slots.Select(s => s.Receiver.Name).Order());
        Assert.NotNull(site.Target);
        Assert.Equal("C", site.Target!(shapes[2]));
    }
}
