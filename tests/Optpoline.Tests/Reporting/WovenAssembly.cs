using System.Reflection;
using System.Reflection.Emit;
using System.Runtime.Loader;

namespace Optpoline.Tests.Reporting;

/// <summary>
/// A real (saved and loaded) assembly with one caller method, optionally marked as woven with an
/// original MVID: what a rewritten assembly looks like to <c>ModuleVersionIds</c>.
/// </summary>
internal static class WovenAssembly
{
    public static MethodInfo Caller(string name, string? originalModuleVersionId)
    {
        var builder = new PersistedAssemblyBuilder(new AssemblyName(name), typeof(object).Assembly);
        if (originalModuleVersionId is not null)
        {
            var woven = typeof(OptpolineWovenAttribute);
            builder.SetCustomAttribute(new CustomAttributeBuilder(
                woven.GetConstructor([typeof(string), typeof(int)])!,
                ["test", 1],
                [woven.GetProperty(nameof(OptpolineWovenAttribute.OriginalModuleVersionId))!],
                [originalModuleVersionId]));
        }

        var type = builder.DefineDynamicModule(name).DefineType("Woven.Caller", TypeAttributes.Public | TypeAttributes.Sealed);
        type.DefineMethod("Call", MethodAttributes.Public | MethodAttributes.Static, typeof(void), Type.EmptyTypes).GetILGenerator().Emit(OpCodes.Ret);
        type.CreateType();

        using var image = new MemoryStream();
        builder.Save(image);
        image.Position = 0;
        var assembly = new AssemblyLoadContext(name, isCollectible: true).LoadFromStream(image);
        return assembly.GetType("Woven.Caller", throwOnError: true)!.GetMethod("Call")!;
    }
}
