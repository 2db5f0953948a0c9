using Optpoline.Reporting;
using Optpoline.Tests.Fixtures;

namespace Optpoline.Tests.Reporting;

public sealed class SiteOriginTests
{
    private const string CallerName = "System.Void Woven.Caller::Call()";

    [Fact]
    public void ForGeneratedCode_WovenCaller_OriginNamesTheOriginalModuleVersionId()
    {
        var original = Guid.NewGuid();
        var caller = WovenAssembly.Caller("WovenWithOriginal", original.ToString("D"));

        var site = Generated(caller, CallerName);

        Assert.Equal(new SiteOrigin("WovenWithOriginal", original, CallerName, 0x12), site.Origin);
        Assert.NotEqual(original, caller.Module.ModuleVersionId);
    }

    [Fact]
    public void ForGeneratedCode_WovenAttributeWithBadId_FallsBackToTheModuleVersionId()
    {
        var caller = WovenAssembly.Caller("WovenWithBadId", "not a guid");

        var site = Generated(caller, CallerName);

        Assert.Equal(caller.Module.ModuleVersionId, site.Origin?.ModuleVersionId);
    }

    [Fact]
    public void ForGeneratedCode_UnwovenCaller_OriginNamesTheModuleVersionId()
    {
        var caller = typeof(SiteOriginTests).GetMethod(nameof(ForGeneratedCode_UnwovenCaller_OriginNamesTheModuleVersionId))!;

        var site = Generated(caller, "caller");

        Assert.Equal(new SiteOrigin("Optpoline.Tests", typeof(SiteOriginTests).Module.ModuleVersionId, "caller", 0x12), site.Origin);
    }

    [Fact]
    public void ForGeneratedCode_NoCallerName_HasNoOrigin()
    {
        var caller = typeof(SiteOriginTests).GetMethod(nameof(ForGeneratedCode_NoCallerName_HasNoOrigin))!;

        Assert.Null(Generated(caller, null).Origin);
    }

    [Fact]
    public void ForGeneratedCode_SiteThatCannotBeMade_StillHasItsOrigin()
    {
        var callee = typeof(IShape).GetMethod(nameof(IShape.Name))!;
        var caller = typeof(SiteOriginTests).GetMethod(nameof(ForGeneratedCode_SiteThatCannotBeMade_StillHasItsOrigin))!;

        // Wrong return type: the site is made disabled, but a profile must still be able to name it.
        var site = CallSite.ForGeneratedCode<Func<IShape, int>>(callee.MethodHandle, typeof(IShape).TypeHandle, caller.MethodHandle, typeof(SiteOriginTests).TypeHandle, 0x12, "caller", null);

        Assert.Equal(SiteState.Disabled, site.State);
        Assert.Equal("caller", site.Origin?.Caller);
    }

    [Fact]
    public void ForBakedCode_Handles_BecomeBakedTypesInGuardOrderSkippingEmptyHandles()
    {
        var callee = typeof(IShape).GetMethod(nameof(IShape.Name))!;
        var caller = typeof(SiteOriginTests).GetMethod(nameof(ForBakedCode_Handles_BecomeBakedTypesInGuardOrderSkippingEmptyHandles))!;

        var site = CallSite.ForBakedCode<Func<IShape, string>>(callee.MethodHandle, typeof(IShape).TypeHandle, caller.MethodHandle, typeof(SiteOriginTests).TypeHandle, 0x12, "caller",
            [typeof(C).TypeHandle, default, typeof(A).TypeHandle], null);

        Assert.Equal([typeof(C), typeof(A)], site.BakedTypes);
        Assert.NotEqual(SiteState.Disabled, site.State);
    }

    [Fact]
    public void ForBakedCode_NullHandles_IsAnUnbakedSite()
    {
        var callee = typeof(IShape).GetMethod(nameof(IShape.Name))!;
        var caller = typeof(SiteOriginTests).GetMethod(nameof(ForBakedCode_NullHandles_IsAnUnbakedSite))!;

        var site = CallSite.ForBakedCode<Func<IShape, string>>(callee.MethodHandle, typeof(IShape).TypeHandle, caller.MethodHandle, typeof(SiteOriginTests).TypeHandle, 0x12, "caller", null!, null);

        Assert.Empty(site.BakedTypes);
    }

    private static CallSite<Func<IShape, string>> Generated(System.Reflection.MethodInfo caller, string? callerName)
    {
        var callee = typeof(IShape).GetMethod(nameof(IShape.Name))!;
        return CallSite.ForGeneratedCode<Func<IShape, string>>(callee.MethodHandle, typeof(IShape).TypeHandle, caller.MethodHandle, caller.DeclaringType!.TypeHandle, 0x12, callerName, null);
    }
}
