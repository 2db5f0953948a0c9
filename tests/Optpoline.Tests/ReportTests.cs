using System.Diagnostics.Metrics;
using Optpoline.Reporting;
using Optpoline.Tests.Fixtures;

namespace Optpoline.Tests;

public sealed class ReportTests
{
    [Fact]
    public void Report_PromotedSite_ShowsSlotsSharesAndPatches()
    {
        var patcher = new TestPatcher();
        var site = patcher.Site<Func<IShape, string>>(s => s.Name());
        patcher.Train(All.Shapes[..4], s => site.Invoke(s));

        var snapshot = Assert.Single(patcher.Patcher.Report().Sites);

        Assert.Equal(SiteState.Promoted, snapshot.State);
        Assert.Equal("IShape.Name", snapshot.Method);
        Assert.Equal(CallKind.Interface, snapshot.Kind);
        Assert.Equal(4, snapshot.Slots.Count);
        Assert.All(snapshot.Slots, s => Assert.InRange(s.Share, 0.15, 0.35));
        Assert.Equal(1, snapshot.Patches);
        Assert.Equal(patcher.Time.GetUtcNow() - patcher.Options.PatchInterval - patcher.Options.PatchInterval - patcher.Options.SamplingPeriod - patcher.Options.SamplingPeriod, snapshot.LastPatchAt);
        Assert.True(snapshot.SampledCalls > 0);
    }

    [Fact]
    public void ToJson_RoundTrips()
    {
        var patcher = new TestPatcher();
        var site = patcher.Site<Func<IShape, string>>(s => s.Name());
        patcher.Train(All.Shapes[..3], s => site.Invoke(s));
        var report = patcher.Patcher.Report();

        var json = report.ToJson();
        var back = SiteReport.FromJson(json);

        Assert.Contains("\"state\": \"Promoted\"", json, StringComparison.Ordinal);
        Assert.Equal(report.Sites[0].Slots, back.Sites[0].Slots);
        Assert.Equal(report.Sites[0] with { Slots = [], Samples = [] }, back.Sites[0] with { Slots = [], Samples = [] });
    }

    [Fact]
    public void ToString_PromotedSite_ListsEachSlot()
    {
        var patcher = new TestPatcher();
        var site = patcher.Site<Func<IShape, string>>(s => s.Name());
        patcher.Train(All.Shapes[..2], s => site.Invoke(s));

        var text = patcher.Patcher.Report().ToString();

        Assert.Contains("slot A -> A.Name", text, StringComparison.Ordinal);
        Assert.Contains("slot B -> B.Name", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Meter_Instruments_HaveUnitsAndDescriptions()
    {
        var seen = new List<Instrument>();
        using var listener = new MeterListener
        {
            InstrumentPublished = (instrument, l) =>
            {
                if (instrument.Meter.Name == OptpolineRuntime.MeterName)
                {
                    seen.Add(instrument);
                    l.EnableMeasurementEvents(instrument);
                }
            },
        };
        var states = new HashSet<string>();
        listener.SetMeasurementEventCallback<int>((instrument, value, tags, _) =>
        {
            if (instrument.Name == "optpoline.sites")
            {
                foreach (var tag in tags)
                {
                    states.Add((string)tag.Value!);
                }
            }
        });
        listener.Start();
        _ = CallSite.Create<Func<IShape, string>>(s => s.Name(), key: "meter-test");

        listener.RecordObservableInstruments();

        Assert.Equal(["optpoline.megamorphic_verdicts", "optpoline.misses", "optpoline.patches", "optpoline.sites", "optpoline.slot_growths", "optpoline.slots"], seen.Select(i => i.Name).Order());
        Assert.All(seen, i => Assert.False(string.IsNullOrEmpty(i.Unit) || string.IsNullOrEmpty(i.Description), i.Name));
        Assert.Contains("learning", states);
    }

    [Fact]
    public void TypeNames_NestedTypeOfGenericType_DoesNotRecurseForever()
    {
        var open = typeof(Outer<>.Inner);

        Assert.Equal("ReportTests.Outer.Inner<T>", Optpoline.Reporting.TypeNames.Of(open));
        Assert.Equal("ReportTests.Outer.Inner<Int32>", Optpoline.Reporting.TypeNames.Of(typeof(Outer<int>.Inner)));
    }

    private static class Outer<T>
    {
        public sealed class Inner
        {
            public T? Value { get; set; }
        }
    }
}
