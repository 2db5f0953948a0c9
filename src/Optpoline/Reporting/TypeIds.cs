namespace Optpoline.Reporting;

/// <summary>
/// Names runtime types as <see cref="TypeId"/>s, for a rewriter to find again in metadata.
/// </summary>
/// <remarks>
/// A constructed generic type is its definition plus <see cref="Type.GenericTypeArguments"/>, which for
/// a type nested in a generic type include the outer type's arguments first, as metadata has them.
/// Types a type guard cannot be baked for, or that metadata cannot name, get no id: arrays, pointers,
/// by-refs, function pointers, generic parameters, and the runtime's shared-code placeholder
/// <c>System.__Canon</c> (which must never reach a report as if it were a receiver).
/// </remarks>
internal static class TypeIds
{
    private const string SharedCodePlaceholder = "System.__Canon";

    /// <summary>The type's id, or null when it has none. Never throws.</summary>
    public static TypeId? Of(Type type)
    {
        try
        {
            return Build(type);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return null;
        }
    }

    private static TypeId? Build(Type type)
    {
        if (type.HasElementType || type.IsGenericParameter || type.IsFunctionPointer || type.ContainsGenericParameters)
        {
            return null;
        }

        var definition = type.IsConstructedGenericType ? type.GetGenericTypeDefinition() : type;
        if (definition.FullName is not { } name || name == SharedCodePlaceholder || definition.Assembly.GetName().Name is not { } assembly)
        {
            return null;
        }

        var arguments = type.IsConstructedGenericType ? AllOf(type.GenericTypeArguments) : [];
        return arguments is null ? null : new TypeId(assembly, ModuleVersionIds.OriginalOf(definition.Module), name, arguments);
    }

    /// <summary>Ids of every one of <paramref name="types"/>, or null if any has none.</summary>
    public static TypeId[]? AllOf(Type[] types)
    {
        var ids = new TypeId[types.Length];
        for (var i = 0; i < types.Length; i++)
        {
            if (Build(types[i]) is not { } id)
            {
                return null;
            }

            ids[i] = id;
        }

        return ids;
    }
}
