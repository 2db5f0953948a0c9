using System.Linq.Expressions;
using System.Reflection;
using Optpoline.Reporting;
using Optpoline.Tests.Fixtures;

namespace Optpoline.Tests.Reporting;

/// <summary>
/// The report's <see cref="TypeShare.Target"/>: the method the runtime resolves for a receiver, named
/// by a token the rewriter can call. The tokens are checked against metadata, not against the code under test.
/// </summary>
public sealed class MethodIdTests
{
    private const BindingFlags Declared = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.DeclaredOnly;

    [Fact]
    public void Report_ReceiverInheritsOverride_TargetIsDeclaredOnTheBase()
    {
        var target = TargetOf<Func<Animal, string>>(a => a.Sound(), new Puppy());

        var sound = typeof(Dog).GetMethod(nameof(Dog.Sound), Declared)!;
        Assert.Equal("Optpoline.Tests.Fixtures.Dog", target.DeclaringType.Name);
        Assert.Equal(sound.MetadataToken, target.Token);
        Assert.Equal(sound, typeof(Dog).Module.ResolveMethod(target.Token));
        Assert.Equal("Sound", target.Name);
        Assert.Empty(target.Arguments);
    }

    [Fact]
    public void Report_ReceiverOfConstructedGenericBase_TargetIsTheDefinitionsTokenOnTheConstructedType()
    {
        var target = TargetOf<Func<Base<string>, string>>(b => b.Describe(), new Text());

        Assert.Equal("Optpoline.Tests.Fixtures.Base`1", target.DeclaringType.Name);
        Assert.Equal("System.String", Assert.Single(target.DeclaringType.Arguments).Name);

        // A method of Base<string> has no token of its own: it must be the definition's MethodDef.
        var definition = typeof(Base<>).GetMethod(nameof(Base<>.Describe), Declared)!;
        Assert.Equal(definition.MetadataToken, target.Token);
        Assert.Equal(definition, typeof(Base<>).Module.ResolveMethod(target.Token));
    }

    [Fact]
    public void Report_ExplicitInterfaceImplementation_TargetIsThePrivateMethod()
    {
        var target = TargetOf<Func<IShape, string>>(s => s.Name(), new ExplicitShape());

        var implementation = typeof(ExplicitShape).GetMethod("Optpoline.Tests.Fixtures.IShape.Name", Declared)!;
        Assert.Equal("Optpoline.Tests.Fixtures.ExplicitShape", target.DeclaringType.Name);
        Assert.Equal(implementation.Name, target.Name);
        Assert.Equal(implementation.MetadataToken, target.Token);
    }

    [Fact]
    public void Report_DefaultInterfaceMethod_TargetIsDeclaredOnTheInterface()
    {
        var target = TargetOf<Func<IPolite, string>>(p => p.Please(), new Polite());

        Assert.Equal("Optpoline.Tests.Fixtures.IPolite", target.DeclaringType.Name);
        Assert.Equal(typeof(IPolite).GetMethod(nameof(IPolite.Please))!.MetadataToken, target.Token);
    }

    [Fact]
    public void Report_GenericVirtualOverReferenceType_TargetCarriesTheInstantiation()
    {
        var target = TargetOf<Func<Visitor, int, string>>((v, a) => v.Visit<string>(a), new VisitorA(), (site, v) => site.Invoke((Visitor)v, 1));

        Assert.Equal("Optpoline.Tests.Fixtures.VisitorA", target.DeclaringType.Name);
        Assert.Equal(typeof(VisitorA).GetMethod(nameof(VisitorA.Visit), Declared)!.MetadataToken, target.Token);

        // Shared code runs this instantiation: the id must name string, not the runtime's placeholder.
        Assert.Equal("System.String", Assert.Single(target.Arguments).Name);
    }

    [Fact]
    public void Report_GenericVirtualOverValueType_TargetCarriesTheInstantiation()
    {
        var target = TargetOf<Func<Visitor, int, string>>((v, a) => v.Visit<Guid>(a), new VisitorB(), (site, v) => site.Invoke((Visitor)v, 1));

        Assert.Equal(typeof(VisitorB).GetMethod(nameof(VisitorB.Visit), Declared)!.MetadataToken, target.Token);
        Assert.Equal("System.Guid", Assert.Single(target.Arguments).Name);
    }

    [Fact]
    public void Report_SampledType_HasIdOfTheExactReceiver()
    {
        var patcher = new TestPatcher();
        var site = patcher.Site<Func<Animal, string>>(a => a.Sound());
        patcher.Train([new Puppy()], a => site.Invoke(a));

        var sample = Assert.Single(Assert.Single(patcher.Patcher.Report().Sites).Samples);

        Assert.Equal("Optpoline.Tests.Fixtures.Puppy", sample.Id?.Name);
        Assert.Equal(typeof(Puppy).Module.ModuleVersionId, sample.Id?.ModuleVersionId);
    }

    [Fact]
    public void Report_DelegateSite_SamplesHaveNoTypeIds()
    {
        var patcher = new TestPatcher();
        var site = patcher.DelegateSite<Func<Func<int, int>, int, int>>();
        Func<int, int> twice = x => x * 2;
        patcher.Train([twice], f => site.Invoke(f, 3));

        var sample = Assert.Single(Assert.Single(patcher.Patcher.Report().Sites).Samples);

        Assert.Null(sample.Id);
        Assert.Null(sample.Target);
    }

    private static MethodId TargetOf<TDelegate>(Expression<TDelegate> call, object receiver, Action<CallSite<TDelegate>, object>? invoke = null)
        where TDelegate : Delegate
    {
        var patcher = new TestPatcher();
        var site = patcher.Site(call);
        invoke ??= (s, r) => s.Invoke.DynamicInvoke(r);
        patcher.Train([receiver], r => invoke(site, r), rounds: 2);

        var sample = Assert.Single(Assert.Single(patcher.Patcher.Report().Sites).Samples);
        Assert.NotNull(sample.Target);
        return sample.Target;
    }
}
