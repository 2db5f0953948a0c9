using System.Reflection;
using System.Reflection.Emit;
using System.Runtime.CompilerServices;
using System.Runtime.Loader;
using Optpoline.Tests.Fixtures;

namespace Optpoline.Tests.Stress;

/// <summary>A site that learned a plugin's types must not keep the plugin's load context alive.</summary>
public sealed class UnloadTests
{
    [Fact]
    public void Unload_SiteLearnedPluginType_ContextIsCollectedAndSiteStillWorks()
    {
        var patcher = new TestPatcher();
        var site = patcher.Site<Func<IShape, string>>(s => s.Name());

        var context = TrainOnPluginThenUnload(patcher, site);
        for (var i = 0; i < 20 && context.IsAlive; i++)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
        }

        Assert.False(context.IsAlive, "the plugin's AssemblyLoadContext is still alive after Unload");
        Assert.DoesNotContain(site.Learning().Slots, s => s.Receiver.IsCollectible);
        Assert.Equal("A", site.Invoke(new A()));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Unload_DelegateSiteSampledPluginMethod_ContextIsCollectedAndSiteStillWorks(bool pluginIsHot)
    {
        var patcher = new TestPatcher();
        var site = patcher.Site<Func<Func<string>, string>>(f => f());

        var context = TrainDelegatesOnPluginThenUnload(patcher, site, pluginIsHot);
        for (var i = 0; i < 20 && context.IsAlive; i++)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
        }

        Assert.False(context.IsAlive, "the plugin's AssemblyLoadContext is still alive after Unload");
        Assert.DoesNotContain(site.Learning().Slots, s => s.Receiver.IsCollectible);
        Assert.Equal("A", site.Invoke(new A().Name));
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static WeakReference TrainDelegatesOnPluginThenUnload(TestPatcher patcher, CallSite<Func<Func<string>, string>> site, bool pluginIsHot)
    {
        var context = new AssemblyLoadContext("optpoline-test-delegate-plugin", isCollectible: true);
        using (var image = PluginImage())
        {
            var plugin = (IShape)Activator.CreateInstance(context.LoadFromStream(image).GetType("PluginShape")!)!;

            // Rare, the plugin's method is sampled (and its key interned) but never resolved.
            List<Func<Func<string>>> makers = [() => plugin.Name, .. Enumerable.Repeat<Func<Func<string>>>(() => new A().Name, pluginIsHot ? 1 : 80), () => new B().Name];
            patcher.Train(makers, make => Assert.Equal(make()(), site.Invoke(make())), rounds: pluginIsHot ? 3 : 6);
            Assert.Equal(SiteState.Promoted, site.State);
            Assert.Equal(pluginIsHot, site.Learning().Slots.Exists(s => s.Receiver == plugin.GetType()));
            Assert.Contains(site.DelegateKeys!.Keys, k => k.Method?.DeclaringType == plugin.GetType());
        }

        context.Unload();
        return new WeakReference(context);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static WeakReference TrainOnPluginThenUnload(TestPatcher patcher, CallSite<Func<IShape, string>> site)
    {
        var context = new AssemblyLoadContext("optpoline-test-plugin", isCollectible: true);
        using (var image = PluginImage())
        {
            var plugin = (IShape)Activator.CreateInstance(context.LoadFromStream(image).GetType("PluginShape")!)!;
            patcher.Train([plugin, new A(), new B()], s => Assert.Equal(s.Name(), site.Invoke(s)));
            Assert.Equal(SiteState.Promoted, site.State);
            Assert.Contains(site.Learning().Slots, s => s.Receiver == plugin.GetType());
        }

        context.Unload();
        return new WeakReference(context);
    }

    /// <summary>A tiny assembly with <c>public sealed class PluginShape : IShape { public string Name() => "plugin"; }</c>.</summary>
    private static MemoryStream PluginImage()
    {
        var assembly = new PersistedAssemblyBuilder(new AssemblyName("OptpolinePlugin"), typeof(object).Assembly);
        var module = assembly.DefineDynamicModule("OptpolinePlugin");
        var type = module.DefineType("PluginShape", TypeAttributes.Public | TypeAttributes.Sealed | TypeAttributes.Class, typeof(object), [typeof(IShape)]);
        type.DefineDefaultConstructor(MethodAttributes.Public);
        var name = type.DefineMethod(nameof(IShape.Name), MethodAttributes.Public | MethodAttributes.Virtual | MethodAttributes.Final | MethodAttributes.HideBySig | MethodAttributes.NewSlot, typeof(string), Type.EmptyTypes);
        var il = name.GetILGenerator();
        il.Emit(OpCodes.Ldstr, "plugin");
        il.Emit(OpCodes.Ret);
        type.CreateType();
        var image = new MemoryStream();
        assembly.Save(image);
        image.Position = 0;
        return image;
    }
}
