using System.Reflection;
using System.Runtime.CompilerServices;

namespace Optpoline.Reporting;

/// <summary>
/// The MVID a profile names a module by: the one it had before weaving. Weaving writes a new MVID,
/// so the weaver records the original in <see cref="OptpolineWovenAttribute.OriginalModuleVersionId"/>;
/// a module that was not woven is named by its own MVID.
/// </summary>
/// <remarks>
/// Cached per module, weakly, so that a collectible load context can still unload. The attribute is
/// read as metadata (<see cref="CustomAttributeData"/>) and matched by name, so an assembly loaded in a
/// context with its own copy of Optpoline is read too, and no attribute constructor ever runs.
/// Sites are made from static constructors of woven code: nothing here may throw.
/// </remarks>
internal static class ModuleVersionIds
{
    private static readonly ConditionalWeakTable<Module, StrongBox<Guid>> s_original = [];

    public static Guid OriginalOf(Module module) =>
        s_original.GetValue(module, static m => new StrongBox<Guid>(Read(m))).Value;

    private static Guid Read(Module module)
    {
        try
        {
            if (WovenOriginal(module.Assembly) is { } original)
            {
                return original;
            }
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // Unreadable attribute metadata (a missing reference, say): fall back to the module's own id.
        }

        try
        {
            return module.ModuleVersionId;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // Dynamic and some runtime-provided modules have none; Guid.Empty matches no profile.
            return Guid.Empty;
        }
    }

    private static Guid? WovenOriginal(Assembly assembly)
    {
        foreach (var attribute in assembly.GetCustomAttributesData())
        {
            if (attribute.AttributeType.FullName != typeof(OptpolineWovenAttribute).FullName)
            {
                continue;
            }

            foreach (var named in attribute.NamedArguments)
            {
                if (named.MemberName == nameof(OptpolineWovenAttribute.OriginalModuleVersionId)
                    && named.TypedValue.Value is string text
                    && Guid.TryParseExact(text, "D", out var original))
                {
                    return original;
                }
            }
        }

        return null;
    }
}
