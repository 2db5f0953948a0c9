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
        Assert.DoesNotContain(site.Learning.Slots, s => s.Receiver.IsCollectible);
        Assert.Equal("A", site.Invoke(new A()));
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
            Assert.Contains(site.Learning.Slots, s => s.Receiver == plugin.GetType());
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
