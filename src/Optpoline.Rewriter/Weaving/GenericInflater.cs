using Mono.Cecil;

namespace Optpoline.Rewriter.Weaving;

/// <summary>
/// Substitutes a callee's generic arguments into its signature, without custom modifiers: <c>IList`1&lt;int32&gt;::Add(!0)</c>
/// takes an <c>int32</c>. The shim and the delegate need the instantiated types, written out.
/// </summary>
internal static class GenericInflater
{
    public static TypeReference Inflate(TypeReference type, MethodReference context)
    {
        var typeArguments = (context.DeclaringType as GenericInstanceType)?.GenericArguments;
        var methodArguments = (context as GenericInstanceMethod)?.GenericArguments;
        return Inflate(type, typeArguments, methodArguments);
    }

    /// <summary>Substitutes <paramref name="typeArguments"/> for <c>!i</c> and <paramref name="methodArguments"/> for <c>!!i</c> (either null: left as is).</summary>
    public static TypeReference Inflate(TypeReference type, IList<TypeReference>? typeArguments, IList<TypeReference>? methodArguments)
    {
        switch (type)
        {
            case GenericParameter { Type: GenericParameterType.Type } p when typeArguments is not null:
                return typeArguments[p.Position];
            case GenericParameter { Type: GenericParameterType.Method } p when methodArguments is not null:
                return methodArguments[p.Position];
            case GenericParameter:
                return type;
            case ByReferenceType byRef:
                return new ByReferenceType(Inflate(byRef.ElementType, typeArguments, methodArguments));
            case ArrayType array:
                var inflated = new ArrayType(Inflate(array.ElementType, typeArguments, methodArguments));
                if (!array.IsVector)
                {
                    inflated.Dimensions.Clear();
                    foreach (var dimension in array.Dimensions)
                    {
                        inflated.Dimensions.Add(dimension);
                    }
                }

                return inflated;
            case GenericInstanceType instance:
                var result = new GenericInstanceType(instance.ElementType);
                foreach (var argument in instance.GenericArguments)
                {
                    result.GenericArguments.Add(Inflate(argument, typeArguments, methodArguments));
                }

                return result;
            case IModifierType modified:
                // Dropped: the shim's own signature needs none (its inner call keeps the callee's exact
                // reference), and a modifier may not stand in a generic argument of Func or Action.
                return Inflate(modified.ElementType, typeArguments, methodArguments);
            case PinnedType pinned:
                return new PinnedType(Inflate(pinned.ElementType, typeArguments, methodArguments));
            case SentinelType sentinel:
                return new SentinelType(Inflate(sentinel.ElementType, typeArguments, methodArguments));
            default:
                // Pointers and function pointers never get here: the classifier refuses them first.
                return type;
        }
    }

    /// <summary>
    /// <paramref name="method"/> as a member of <paramref name="declaring"/> (typically an instance of
    /// its generic type): the signature stays in terms of the definition's generic parameters
    /// (<c>!0</c>, <c>!!0</c>), as a member reference's signature must.
    /// </summary>
    public static MethodReference OnType(MethodReference method, TypeReference declaring)
    {
        var reference = new MethodReference(method.Name, method.ReturnType, declaring)
        {
            HasThis = method.HasThis,
            ExplicitThis = method.ExplicitThis,
            CallingConvention = method.CallingConvention,
        };
        foreach (var parameter in method.GenericParameters)
        {
            reference.GenericParameters.Add(new GenericParameter(parameter.Name, reference));
        }

        foreach (var parameter in method.Parameters)
        {
            reference.Parameters.Add(new ParameterDefinition(parameter.ParameterType));
        }

        return reference;
    }
}
