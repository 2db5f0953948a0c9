using Mono.Cecil;

namespace Optpoline.Rewriter.Baking;

/// <summary>
/// A method definition's signature in the form the runtime reports it (<c>Optpoline.Reporting.MethodSignatures</c>):
/// <c>`arity(param,param)return</c>, types by their definitions' full names with <c>+</c> for nesting,
/// <c>!n</c>/<c>!!n</c> for generic parameters, custom modifiers left out (reflection does not show them).
/// </summary>
internal static class MethodSignatures
{
    public static string? Of(MethodDefinition method)
    {
        var parameters = method.Parameters.Select(p => Of(p.ParameterType)).ToList();
        var returns = Of(method.ReturnType);
        return returns is null || parameters.Contains(null) ? null : $"`{method.GenericParameters.Count}({string.Join(",", parameters)}){returns}";
    }

    private static string? Of(TypeReference type)
    {
        switch (type)
        {
            case GenericParameter parameter:
                return (parameter.Type == GenericParameterType.Method ? "!!" : "!") + parameter.Position;
            case RequiredModifierType modified:
                return Of(modified.ElementType);
            case OptionalModifierType modified:
                return Of(modified.ElementType);
            case ByReferenceType byRef:
                return Of(byRef.ElementType) is { } e1 ? e1 + "&" : null;
            case PointerType pointer:
                return Of(pointer.ElementType) is { } e2 ? e2 + "*" : null;
            case ArrayType array:
                return Of(array.ElementType) is { } e3 ? e3 + (array.IsVector ? "[]" : $"[{array.Rank}]") : null;
            case GenericInstanceType instance:
                var arguments = instance.GenericArguments.Select(Of).ToList();
                return arguments.Contains(null) ? null : $"{Name(instance.ElementType)}<{string.Join(",", arguments)}>";
            case TypeSpecification:
                // Function pointers, pinned and sentinel types: not something a guard needs.
                return null;
            default:
                return Name(type);
        }
    }

    private static string Name(TypeReference type) => type.FullName.Replace('/', '+');
}
