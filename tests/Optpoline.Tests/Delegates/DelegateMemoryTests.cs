using System.Reflection.Emit;
using Optpoline.Learning;
using Optpoline.Tests.Differential;

namespace Optpoline.Tests.Delegates;

using Op = Func<int, string?, string>;

/// <summary>Every table is bounded: a program that keeps making new methods (compiled expressions, say) through one delegate site.</summary>
public sealed class DelegateMemoryTests
{
    [Fact]
    public void Train_ThousandsOfNewDynamicMethods_InternedAndResolvedKeysStayBounded()
    {
        var patcher = new TestPatcher(EagerOptions.Fixed);
        var site = patcher.DelegateSite<Func<Op, int, string?, string>>();
        var maxResolved = 0;

        for (var phase = 0; phase < 60; phase++)
        {
            var delegates = Enumerable.Range(0, 20).Select(_ => NewDynamicMethod()).Append(StaticTargets()).ToList();
            patcher.Train(delegates, d => Assert.Equal(d(1, "x"), site.Invoke(d, 1, "x")), rounds: 1);
            maxResolved = Math.Max(maxResolved, site.Learning().Targets.Resolved.Count);
            Assert.True(site.DelegateKeys!.Keys.Count <= DelegateKeyTable.Capacity);
        }

        Assert.True(maxResolved <= 256 + 16, $"{maxResolved} resolutions cached");
        Assert.Equal("static:1x", site.Target is { } target ? target(StaticTargets(), 1, "x") : site.Invoke(StaticTargets(), 1, "x"));
    }

    private static Op StaticTargets() => Fixtures.StaticTargets.Plain;

    private static Op NewDynamicMethod()
    {
        var method = new DynamicMethod("memory_dynamic", typeof(string), [typeof(int), typeof(string)]);
        var il = method.GetILGenerator();
        il.Emit(OpCodes.Ldarg_1);
        il.Emit(OpCodes.Ret);
        return method.CreateDelegate<Op>();
    }
}
