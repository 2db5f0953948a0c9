using Optpoline.Policies;

namespace Optpoline.Tests.Policies;

public sealed class MegamorphicBackoffTests
{
    private static readonly TimeSpan First = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan Max = TimeSpan.FromSeconds(64);

    [Fact]
    public void Delay_EachLevel_DoublesUpToTheCap()
    {
        var delays = Enumerable.Range(0, 9).Select(level => MegamorphicBackoff.Delay(level, First, Max).TotalSeconds);

        Assert.Equal([1, 2, 4, 8, 16, 32, 64, 64, 64], delays);
    }

    [Fact]
    public void Delay_CapNotAPowerOfTwoOfTheFirst_StopsAtTheCap()
    {
        Assert.Equal(TimeSpan.FromSeconds(4), MegamorphicBackoff.Delay(2, First, TimeSpan.FromSeconds(5)));
        Assert.Equal(TimeSpan.FromSeconds(5), MegamorphicBackoff.Delay(3, First, TimeSpan.FromSeconds(5)));
    }

    [Fact]
    public void Delay_HugeLevel_DoesNotOverflow()
    {
        Assert.Equal(Max, MegamorphicBackoff.Delay(int.MaxValue, First, Max));
    }
}
