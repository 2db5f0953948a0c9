using System.Collections;

namespace Optpoline.Tests;

public sealed class OptionsTests
{
    [Fact]
    public void FromEnvironment_NoVariables_GivesDefaults()
    {
        var options = OptpolineOptions.FromEnvironment(new Hashtable());

        Assert.Equal(new OptpolineOptions(), options);
    }

    [Fact]
    public void FromEnvironment_EveryKindOfValue_IsRead()
    {
        var options = OptpolineOptions.FromEnvironment(new Hashtable
        {
            ["OPTPOLINE_ENABLED"] = "off",
            ["OPTPOLINE_MAX_SLOTS"] = "4",
            ["OPTPOLINE_SAMPLING_PERIOD_MS"] = "20",
            ["OPTPOLINE_MIN_SLOT_SHARE"] = "0.1",
            ["OPTPOLINE_POLICY"] = "lfu",
        });

        Assert.False(options.Enabled);
        Assert.Equal(4, options.MaxSlots);
        Assert.Equal(TimeSpan.FromMilliseconds(20), options.SamplingPeriod);
        Assert.Equal(0.1, options.MinSlotShare);
        Assert.Equal(SlotPolicy.LeastFrequentlyUsed, options.Policy);
    }

    [Fact]
    public void FromEnvironment_UnparsableValues_ReportsEachWithItsName()
    {
        var error = Assert.Throws<OptpolineConfigurationException>(() => OptpolineOptions.FromEnvironment(new Hashtable
        {
            ["OPTPOLINE_MAX_SLOTS"] = "many",
            ["OPTPOLINE_POLICY"] = "random",
        }));

        Assert.Equal(2, error.Problems.Count);
        Assert.Contains(error.Problems, p => p.Contains("OPTPOLINE_MAX_SLOTS='many'", StringComparison.Ordinal));
        Assert.Contains(error.Problems, p => p.Contains("lrm, lfu or periodic", StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_OutOfRangeValues_ListsAllProblems()
    {
        var options = new OptpolineOptions { InitialSlots = 16, MaxSlots = 8, MissSampleEvery = 3, MinSlotShare = 0 };

        var error = Assert.Throws<OptpolineConfigurationException>(options.Validate);

        Assert.Equal(3, error.Problems.Count);
        Assert.Contains("InitialSlots (16) must not exceed MaxSlots (8)", error.Message, StringComparison.Ordinal);
        Assert.Contains("power of two", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_Defaults_AreValid() => new OptpolineOptions().Validate();
}
