using System.Reflection;

namespace Optpoline.Reporting;

/// <summary>
/// A method definition's signature as a string a rewriter can compute from metadata alone:
/// <c>`arity(param,param)return</c>, types named by their definitions' full names with <c>+</c> for
/// nesting, <c>!n</c> and <c>!!n</c> for the type's and the method's generic parameters.
/// </summary>
/// <remarks>
/// Tokens cannot name a target across a weave: the rewriter adds shims to types, which renumbers the
/// method table, so a token read from a woven build names another method in the original. A method
/// is found by its declaring type, name and this signature instead.
/// </remarks>
internal static class MethodSignatures
{
    /// <summary>The signature of <paramref name="method"/>'s definition, or null when it has a type this form cannot name.</summary>
    public static string? Of(MethodInfo method)
    {
        // The definition: open over its type's and its own generic parameters.
        if (method.Module.ResolveMethod(method.MetadataToken) is not MethodInfo definition)
        {
            return null;
        }

        var parameters = definition.GetParameters().Select(p => Of(p.ParameterType)).ToList();
        var returns = Of(definition.ReturnType);
        if (returns is null || parameters.Contains(null))
        {
            return null;
        }

        var arity = definition.IsGenericMethodDefinition ? definition.GetGenericArguments().Length : 0;
        return $"`{arity}({string.Join(",", parameters)}){returns}";
    }

    private static string? Of(Type type)
    {
        if (type.IsGenericParameter)
        {
            return (type.DeclaringMethod is null ? "!" : "!!") + type.GenericParameterPosition;
        }

        if (type.HasElementType)
        {
            var element = Of(type.GetElementType()!);
            return element is null ? null
                : type.IsByRef ? element + "&"
                : type.IsPointer ? element + "*"
                : type.IsSZArray ? element + "[]"
                : $"{element}[{type.GetArrayRank()}]";
        }

        if (type.IsFunctionPointer || type.FullName is null && !type.IsGenericType)
        {
            return null;
        }

        if (!type.IsGenericType)
        {
            return type.FullName;
        }

        // Inside its own definition, C<T> is the generic type definition itself.
        var arguments = type.GetGenericArguments().Select(Of).ToList();
        return arguments.Contains(null) ? null : $"{type.GetGenericTypeDefinition().FullName}<{string.Join(",", arguments)}>";
    }
}
