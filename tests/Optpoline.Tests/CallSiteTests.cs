using System.Reflection;
using Optpoline.Patching;
using Optpoline.Tests.Fixtures;

namespace Optpoline.Tests;

public sealed class CallSiteTests
{
    [Fact]
    public void Create_ExpressionThatIsNotASingleCall_ThrowsWithTheExpectedShape()
    {
        var error = Assert.Throws<ArgumentException>(() => CallSite.Create<Func<IShape, string>>(s => s.Name() + "!"));

        Assert.Contains("single instance call on the first parameter", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_NonVirtualMethod_ThrowsNothingToPromote()
    {
        var method = typeof(string).GetMethod(nameof(string.Trim), Type.EmptyTypes)!;

        var error = Assert.Throws<ArgumentException>(() => CallSite.Create<Func<string, string>>(method));

        Assert.Contains("not a virtual or interface instance method", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_DelegateWithWrongArguments_SaysWhichParameter()
    {
        var method = typeof(Mapper).GetMethod(nameof(Mapper.Map))!.MakeGenericMethod(typeof(int));

        var error = Assert.Throws<ArgumentException>(() => CallSite.Create<Func<Mapper, long, int>>(method));

        Assert.Contains("Parameter 1", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Invoke_NullReceiver_ThrowsNullReferenceExceptionInEveryShape()
    {
        var patcher = new TestPatcher();
        var site = patcher.Site<Func<IShape, string>>(s => s.Name());
        Assert.Throws<NullReferenceException>(() => site.Invoke(null!));

        patcher.Train(All.Shapes[..4], s => site.Invoke(s));

        Assert.Equal(SiteState.Promoted, site.State);
        Assert.Throws<NullReferenceException>(() => site.Invoke(null!));
    }

    [Fact]
    public void ForGeneratedCode_AttributeOnCallerType_AppliesSiteOptions()
    {
        var callee = typeof(IShape).GetMethod(nameof(IShape.Name))!;
        var caller = typeof(TunedCaller).GetMethod(nameof(TunedCaller.Call))!;

        var site = CallSite.ForGeneratedCode<Func<IShape, string>>(callee.MethodHandle, typeof(IShape).TypeHandle, caller.MethodHandle, typeof(TunedCaller).TypeHandle, 0x12, null, null);

        Assert.True(site.Options.NeverPromote);
        Assert.True(site.Options.PlainCallIsProfiled);
        Assert.Equal($"{typeof(TunedCaller).FullName}::Call@IL_0012", site.Key);
    }

    [Fact]
    public void ForGeneratedCode_MismatchedDelegate_ReturnsDisabledSiteThatStillCalls()
    {
        var callee = typeof(IShape).GetMethod(nameof(IShape.Name))!;
        var caller = typeof(TunedCaller).GetMethod(nameof(TunedCaller.Call))!;

        var site = CallSite.ForGeneratedCode<Func<IShape, int>>(callee.MethodHandle, typeof(IShape).TypeHandle, caller.MethodHandle, typeof(TunedCaller).TypeHandle, 0, null, null);

        Assert.Equal(SiteState.Disabled, site.State);
        Assert.Null(site.Target);
    }

    [Fact]
    public void Patcher_GloballyDisabled_SitesStayPlainAndReportSaysWhy()
    {
        var patcher = new Patcher(new OptpolineOptions { Enabled = false }, TimeProvider.System, background: false);
        var site = new CallSite<Func<IShape, string>>(typeof(IShape).GetMethod(nameof(IShape.Name))!, "off", SiteOptions.Default, patcher);

        for (var i = 0; i < 1000; i++)
        {
            site.Invoke(All.Shapes[i % 4]);
            patcher.RunOnce();
        }

        var report = patcher.Report();
        Assert.Null(site.Target);
        Assert.Equal(SiteState.Disabled, Assert.Single(report.Sites).State);
        Assert.Contains("switched off", report.DisabledReason, StringComparison.Ordinal);
    }

    [Fact]
    public void Patcher_NoDynamicCode_SitesStayPlainAndReportSaysSo()
    {
        var patcher = new Patcher(new OptpolineOptions(), TimeProvider.System, background: false, dynamicCodeSupported: false);
        var site = new CallSite<Func<IShape, string>>(typeof(IShape).GetMethod(nameof(IShape.Name))!, "aot", SiteOptions.Default, patcher);

        for (var i = 0; i < 1000; i++)
        {
            Assert.Equal(All.Shapes[i % 4].Name(), site.Invoke(All.Shapes[i % 4]));
            patcher.RunOnce();
        }

        Assert.Null(site.Target);
        Assert.Equal(SiteState.Disabled, site.State);
        Assert.Contains("dynamic code is not supported", patcher.Report().DisabledReason, StringComparison.Ordinal);
    }

    [OptpolineSite(NeverPromote = true)]
    private static class TunedCaller
    {
        public static string Call(IShape shape) => shape.Name();
    }
}
