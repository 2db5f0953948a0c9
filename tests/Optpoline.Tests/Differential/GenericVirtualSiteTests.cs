using Optpoline.Tests.Fixtures;

namespace Optpoline.Tests.Differential;

/// <summary>
/// Found by the differential run: a site on any generic virtual method could not be created.
/// <c>DispatcherCompiler.CreatePlain</c> binds an open-instance delegate with
/// <c>Delegate.CreateDelegate(type, null, method, throwOnBindFailure: false)</c>, and the runtime
/// throws <see cref="NotSupportedException"/> for generic virtual methods whatever that flag says.
/// </summary>
public sealed class GenericVirtualSiteTests
{
    [Fact]
    public void Constructor_ClassGenericVirtualMethodAtValueType_DoesNotThrowNotSupported()
    {
        var patcher = new TestPatcher(EagerOptions.Fixed);

        var error = Record.Exception(() => patcher.Site<Func<Visitor, int, string>>((v, a) => v.Visit<int>(a)));

        Assert.Null(error);
    }

    [Fact]
    public void Constructor_InterfaceGenericVirtualMethodAtReferenceType_DoesNotThrowNotSupported()
    {
        var patcher = new TestPatcher(EagerOptions.Fixed);

        var error = Record.Exception(() => patcher.Site<Func<IConverter, int, string>>((c, a) => c.Convert<string>(a)));

        Assert.Null(error);
    }

    [Fact]
    public void Train_ClassGenericVirtualMethodThreeTypes_PromotesAndReachesEachOverride()
    {
        var patcher = new TestPatcher(EagerOptions.Fixed);
        var site = patcher.Site<Func<Visitor, int, string>>((v, a) => v.Visit<string>(a));
        Visitor[] visitors = [new VisitorA(), new VisitorB(), new VisitorC()];

        patcher.Train(visitors, v => site.Invoke(v, 1));

        Assert.Equal(SiteState.Promoted, site.State);
        Assert.Equal(["VisitorA", "VisitorB", "VisitorC"], site.Learning().Slots.Select(s => s.Receiver.Name).Order());
        Assert.Equal(visitors.Select(v => v.Visit<string>(7)), visitors.Select(v => site.Target!(v, 7)));
    }
}
